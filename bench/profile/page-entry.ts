/**
 * The content script's pipeline without its messaging, for profiling (scripts/bench-profile.ts):
 * the prepared matcher comes in as JSON, then the same engine finder and page annotation
 * the extension runs. Bundled unminified, so a CPU profile names every function.
 */
import type { PageMatcher } from '../../src/messaging/matcher-port';
import { dismissalPage, loadDismissals } from '../../src/page/dismissals';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import { startPageAnnotation } from '../../src/page/page-annotation';

interface ProfileTimes {
  loadMs: number;
  totalMs: number;
  badges: number;
}

async function run(preparedJson: string): Promise<ProfileTimes> {
  const t0 = performance.now();
  const page = JSON.parse(preparedJson) as PageMatcher;
  const finder = engineFinder(
    () => Promise.resolve(page),
    { publishedAt: () => '2026-03-02', today: () => '2026-05-01' },
    // Bundled in, not imported from the extension: the same code, and one file to profile.
    () => Promise.resolve(createPageDetector),
  );
  const loaded = performance.now();
  if ((globalThis as { scanOnly?: boolean }).scanOnly) {
    const found = await finder.find([document.body], {});
    return { loadMs: loaded - t0, totalMs: performance.now() - t0, badges: found.claims.length };
  }
  await startPageAnnotation({
    doc: document,
    signal: new AbortController().signal,
    finder,
    loadPopoverUi: () => Promise.reject(new Error('no popover while profiling')),
    dismissals: await loadDismissals(dismissalPage(location.href), null),
    publishedAt: () => '2026-03-02',
    today: () => '2026-05-01',
  });
  return {
    loadMs: loaded - t0,
    totalMs: performance.now() - t0,
    badges: document.querySelectorAll('statusmark-badge').length,
  };
}

(globalThis as unknown as { statusmarkProfile: typeof run }).statusmarkProfile = run;
