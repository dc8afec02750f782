import { useEffect, useMemo, useState } from 'preact/hooks';
import { getKbInfo } from '../../db/kb-info';
import { listEntries } from '../../db/kb-entries';
import type { Entry } from '../../kb/schema';
import { todayIso } from '../../kb/status';
import type { PageClaim, PageClaims } from '../../messaging/protocol';
import { buildPageReport } from '../../report/page-report';
import type { Settings } from '../../settings/settings-schema';
import { siteOf } from '../../settings/settings-schema';
import { ensureSeeded, pageDb } from '../shared/store';
import { useLiveQuery } from '../shared/use-live-query';
import { useSettings } from '../shared/use-settings';
import { ClaimList } from './ClaimList';
import { EmptyState } from './EmptyState';
import { focusPageClaim, targetTabId } from './page-claims-client';
import { PopupFooter } from './PopupFooter';
import { ReportActions } from './ReportActions';
import { SiteControls } from './SiteControls';
import { usePageClaims } from './use-page-claims';

const countText = (n: number) => `${n} claim${n === 1 ? '' : 's'} on this page`;

function PageSection({
  page,
  settings,
  entries,
  kbVersion,
  onFocusClaim,
}: {
  page: PageClaims;
  settings: Settings;
  entries: ReadonlyMap<string, Entry>;
  kbVersion: number | null;
  onFocusClaim(claim: PageClaim): void;
}) {
  const report = useMemo(
    () =>
      buildPageReport({
        page,
        checkedOn: todayIso(),
        kbVersion: page.kbVersion ?? kbVersion,
        claims: page.claims,
        entryById: (id) => entries.get(id),
      }),
    [page, entries, kbVersion],
  );
  const reason = settings.paused
    ? 'paused'
    : !page.active
      ? 'off'
      : page.claims.length === 0
        ? 'no-claims'
        : null;
  return (
    <>
      <p class="count" data-testid="badge-count" role="status">
        {page.active ? countText(page.claims.length) : 'Not checking this page'}
      </p>
      {page.active ? <ReportActions report={report} /> : null}
      {reason ? (
        <EmptyState reason={reason} />
      ) : (
        <ClaimList claims={page.claims} onFocusClaim={onFocusClaim} />
      )}
    </>
  );
}

/** The popup: the current tab's claims, the site switch, the report, and the KB's facts. */
export function Popup() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  const settings = useSettings();
  const info = useLiveQuery(() => getKbInfo(pageDb()), []);
  const stored = useLiveQuery(() => listEntries(pageDb()), []);
  useEffect(() => {
    void ensureSeeded();
    void targetTabId().then(setTabId, () => setTabId(undefined));
  }, []);
  const kbKey =
    info.state === 'ready'
      ? JSON.stringify([info.value.kb?.hash, info.value.userEntryCount, info.value.noteCount])
      : '';
  const page = usePageClaims(tabId, JSON.stringify([settings, kbKey]));
  const entries = useMemo(() => {
    const map = new Map<string, Entry>();
    if (stored.state === 'ready')
      for (const s of stored.value)
        if (s.origin === 'local' || !map.has(s.entry.id)) map.set(s.entry.id, s.entry);
    return map;
  }, [stored]);
  const openedAsPage = new URLSearchParams(location.search).has('tabId');
  const focusClaim = async (claim: PageClaim) => {
    if (tabId && (await focusPageClaim(tabId, claim.key)) && !openedAsPage) window.close();
  };
  const site = page.state === 'ready' ? siteOf(page.page.url) : null;
  const kbInfo = info.state === 'ready' ? info.value : null;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Statusmark</h1>
        {page.state === 'ready' ? <p class="page-title">{page.page.title || page.page.url}</p> : null}
      </header>
      {settings && page.state === 'ready' ? <SiteControls settings={settings} site={site} /> : null}
      {page.state === 'loading' || !settings ? (
        <p role="status">Reading the page{'\u2026'}</p>
      ) : page.state === 'unreachable' ? (
        <EmptyState reason="unreachable" />
      ) : (
        <PageSection
          page={page.page}
          settings={settings}
          entries={entries}
          kbVersion={kbInfo?.kb?.version ?? null}
          onFocusClaim={(claim) => void focusClaim(claim)}
        />
      )}
      <PopupFooter info={kbInfo} entryCount={stored.state === 'ready' ? entries.size : null} />
    </main>
  );
}
