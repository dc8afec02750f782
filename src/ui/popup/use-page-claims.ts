import { useEffect, useState } from 'preact/hooks';
import type { PageClaims } from '../../messaging/protocol';
import { requestPageClaims } from './page-claims-client';

export type PageClaimsState =
  { state: 'loading' } | { state: 'unreachable' } | { state: 'ready'; page: PageClaims };

/** How long after a change the page is asked again: the content script first rescans. */
const ASK_AGAIN_MS = [250, 1200];

/**
 * The tab's claims, asked again whenever `changeKey` changes (settings, or the KB):
 * both make the content script rescan, so the popup asks once soon and once after
 * the rescan has had time to finish.
 */
export function usePageClaims(tabId: number | undefined | null, changeKey: string): PageClaimsState {
  const [result, setResult] = useState<PageClaimsState>({ state: 'loading' });
  useEffect(() => {
    if (tabId === null) return undefined;
    if (tabId === undefined) {
      setResult({ state: 'unreachable' });
      return undefined;
    }
    let live = true;
    const ask = () =>
      void requestPageClaims(tabId).then((page) => {
        if (live) setResult(page ? { state: 'ready', page } : { state: 'unreachable' });
      });
    ask();
    const timers = ASK_AGAIN_MS.map((ms) => setTimeout(ask, ms));
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
  }, [tabId, changeKey]);
  return result;
}
