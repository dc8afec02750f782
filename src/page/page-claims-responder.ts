import { browser } from 'wxt/browser';
import type { PageClaim, PageClaims } from '../messaging/protocol';
import { claimKey, type BadgeClaim } from './page-text';

/**
 * Answers the popup's `getPageClaims` (the page's badged claims, for its list and
 * report) and `focusClaim` (scroll to a badge and focus it). Messages are checked by
 * hand, not with the protocol's schema: the content script's size budget. The popup
 * validates the answer with `pageClaimsSchema`.
 */

export interface PageClaimsSource {
  /** The badged claims in document order, once the page's first pass is done; [] when off. */
  claims(): Promise<{ host: HTMLElement; claim: BadgeClaim }[]>;
  /** False while Statusmark is off on this page. */
  active(): boolean;
  publishedAt(): string | null;
  /** The KB version the claims were assessed with, when known. */
  kbVersion?(): number | null;
}

/** Each badge's key: entry, sentence fingerprint and the how-many-th such badge on the page. */
function keyed(claims: { host: HTMLElement; claim: BadgeClaim }[]) {
  const seen = new Map<string, number>();
  return claims.map(({ host, claim }) => {
    const base = claimKey(claim);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { host, claim, key: `${base}#${n}` };
  });
}

function toPageClaim(claim: BadgeClaim, key: string): PageClaim {
  return {
    key,
    blockIndex: claim.blockIndex,
    start: claim.start,
    end: claim.end,
    sentence: claim.sentence,
    entryId: claim.entryId,
    entryTitle: claim.entryTitle,
    claimedStatus: claim.claimedStatus,
    statusAtPublication: claim.statusAtPublication,
    currentStatus: claim.currentStatus,
    currentSince: claim.currentSince,
    outdated: claim.outdated,
    local: claim.local === true,
    note: claim.note,
    why: claim.why,
    confidence: claim.confidence,
    via: claim.via,
  };
}

async function pageClaims(source: PageClaimsSource): Promise<PageClaims> {
  const claims = source.active() ? keyed(await source.claims()) : [];
  return {
    url: location.href,
    title: document.title,
    publishedAt: source.publishedAt(),
    kbVersion: source.kbVersion?.() ?? null,
    active: source.active(),
    claims: claims.map(({ claim, key }) => toPageClaim(claim, key)),
  };
}

async function focusClaim(source: PageClaimsSource, key: string): Promise<{ focused: boolean }> {
  const found = keyed(await source.claims()).find((c) => c.key === key);
  if (!found?.host.isConnected) return { focused: false };
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  found.host.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  found.host.focus({ preventScroll: true });
  return { focused: true };
}

export function answerPageClaims(signal: AbortSignal, source: PageClaimsSource): void {
  const listener = (message: unknown) => {
    if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
    if (message.type === 'getPageClaims') return pageClaims(source);
    if (message.type === 'focusClaim' && 'key' in message && typeof message.key === 'string') {
      return focusClaim(source, message.key);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
