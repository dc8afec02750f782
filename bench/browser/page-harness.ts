/**
 * What the benchmark watches in the page's own world, installed before any page
 * script runs (it also lays the page out once it is parsed, see below): long tasks and long animation frames, every DOM mutation after the
 * page was parsed (all of them are the extension's on these pages), when each badge
 * arrived and when the content script marked the page done. Read back through
 * `window.__statusmarkBench` (see readHarness).
 */
export interface HarnessState {
  mutations: number;
  badgeTimes: number[];
  doneAt: number | null;
  longTasks: { start: number; duration: number }[];
  frames: {
    start: number;
    duration: number;
    /** When the frame's rendering began (0 when it rendered nothing). */
    renderStart: number;
    scripts: { source: string; start: number; duration: number }[];
  }[];
}

/**
 * What the harness writes on the console when the content script marked the page done:
 * waiting for it puts nothing on the page's main thread (see annotationDone).
 */
export const DONE_SIGNAL = 'statusmark-bench:done';

/**
 * Runs in the page (serialised by Playwright, `doneSignal` passed as its argument): must not
 * refer to anything outside itself.
 */
export function installHarness(doneSignal: string): void {
  const state: HarnessState = { mutations: 0, badgeTimes: [], doneAt: null, longTasks: [], frames: [] };
  (window as unknown as { __statusmarkBench: HarnessState }).__statusmarkBench = state;
  const observe = (type: string, take: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not report.
    }
  };
  observe('longtask', (entry) => state.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & { scripts?: PerformanceEntry[]; renderStart?: number };
    const scripts = frame.scripts ?? [];
    state.frames.push({
      start: entry.startTime,
      duration: entry.duration,
      renderStart: frame.renderStart ?? 0,
      scripts: scripts.map((s) => ({
        source: (s as PerformanceEntry & { sourceURL?: string }).sourceURL ?? '',
        start: s.startTime,
        duration: s.duration,
      })),
    });
  });
  const watch = () => {
    // The page lays itself out as soon as it is parsed, as a page that painted while it
    // loaded has: a fixture served from localhost in one piece would otherwise take its
    // first layout (hundreds of ms on F3) inside the content script's first yield.
    void document.documentElement.getBoundingClientRect();
    new MutationObserver((records) => {
      const now = performance.now();
      state.mutations += records.length;
      for (const record of records) {
        if (record.attributeName === 'data-statusmark-state' && state.doneAt === null) {
          if (document.documentElement.getAttribute('data-statusmark-state') === 'done') {
            state.doneAt = now;
            console.debug(doneSignal);
          }
        }
        for (const node of record.addedNodes)
          if (node.nodeName === 'STATUSMARK-BADGE') state.badgeTimes.push(now);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
}
