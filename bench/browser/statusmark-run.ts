import type { Page } from 'playwright-core';
import type { TruthClaim } from '../fixtures/page-writer';
import { badgeFrameMs } from './badge-frame';
import type { BenchBrowser } from './bench-browser';
import { settled } from './bench-browser';
import { DONE_SIGNAL, type HarnessState } from './page-harness';
import { longestExtensionTask, type ExtensionTask } from './traced-run';

export interface TruthScore {
  badges: number;
  correct: number;
  precision: number;
  recall: number;
  /** Badges that match no claim of the truth, and truth claims without a badge (first few, for the log). */
  extra: string[];
  missed: string[];
}

export interface StatusmarkRun {
  /** Content-script start to the page marked done (every badge placed), ms. */
  totalMs: number;
  /** Matcher request to a loaded matcher: background answer, message and loadMatcher. */
  matcherLoadMs: number;
  /** Message received to loaded matcher: the in-page part alone. */
  matcherInPageMs: number;
  /** A large matcher's rest (asked for at the first KB term): its last message received to decoded; null when it came whole. */
  matcherRestInPageMs: number | null;
  /** First pass: extraction, detection and assessment, no DOM writes. */
  scanMs: number;
  /** First pass: scan done to the last badge placed. */
  badgesMs: number;
  /** Longest long task overlapping the extension's work, ms (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** Longest script of the extension inside a long animation frame, ms. */
  longestScriptMs: number;
  mutations: number;
  heapBytes: number;
  layoutMs: number;
  /** The render part of the frame that first showed the badges, ms; 0 when that frame took under 50 ms (see badge-frame.ts). */
  badgeFrameMs: number;
  score: TruthScore;
}

type Marks = Record<string, { start: number; detail: Record<string, number> | null }[]>;

/** The content script's timing marks (src/page/timing-marks.ts), by name without the prefix. */
export async function readMarks(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const marks: Record<string, { start: number; detail: Record<string, number> | null }[]> = {};
    for (const entry of performance.getEntriesByType('mark')) {
      if (!entry.name.startsWith('statusmark:')) continue;
      const name = entry.name.slice('statusmark:'.length);
      (marks[name] ??= []).push({
        start: entry.startTime,
        detail: (entry as PerformanceMark).detail ?? null,
      });
    }
    return marks;
  });
}

export const readHarness = (page: Page) =>
  page.evaluate(() => (window as unknown as { __statusmarkBench: HarnessState }).__statusmarkBench);

/** Matches badges against the truth in the page: a badge is right when its block holds the claim and its text ends the sentence. */
export function scoreBadges(page: Page, truth: readonly TruthClaim[]): Promise<TruthScore> {
  return page.evaluate((claims) => {
    const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
    const open = new Map(claims.map((claim) => [claim.index, claim]));
    const extra: string[] = [];
    const hosts = [...document.querySelectorAll('statusmark-badge')];
    for (const host of hosts) {
      const entryId = host.getAttribute('data-entry-id') ?? '';
      const block = host.closest('[data-truth]');
      const range = document.createRange();
      range.setStart(block ?? host.parentNode ?? document.body, 0);
      range.setEndBefore(host);
      const before = normal(range.toString());
      const match = (block?.getAttribute('data-truth') ?? '')
        .split(' ')
        .map((i) => open.get(Number(i)))
        .find((claim) => claim && claim.entryId === entryId && before.endsWith(normal(claim.sentence)));
      if (match) open.delete(match.index);
      else extra.push(`${entryId}: ...${before.slice(-90)}`);
    }
    const correct = hosts.length - extra.length;
    return {
      badges: hosts.length,
      correct,
      precision: hosts.length === 0 ? 1 : correct / hosts.length,
      recall: claims.length === 0 ? 1 : correct / claims.length,
      extra: extra.slice(0, 5),
      missed: [...open.values()].slice(0, 5).map((c) => `${c.entryId}: ${c.sentence}`),
    };
  }, truth as TruthClaim[]);
}

const EXTENSION_SCRIPT = 'chrome-extension://';

/**
 * Resolves when the page harness saw the content script mark its first pass done: call it
 * before the page opens. The harness says so on the console, so waiting puts nothing on the
 * page's main thread. Polling the page instead (Playwright's waitForFunction) ran a task
 * every 50 ms there, the first of them compiling Playwright's injected script (11-19 ms,
 * traced), all in the middle of the pass being timed: 28-47 ms more a pass (interleaved
 * A/B, N = 50: F1 178 against 150 ms, F2 240 against 209, F3 411 against 364).
 */
export function annotationDone(page: Page): Promise<void> {
  const done = page
    .waitForEvent('console', { predicate: (message) => message.text() === DONE_SIGNAL, timeout: 120_000 })
    .then(() => {});
  // Handled here too: when the page fails to open, nothing awaits this before the page closes.
  done.catch(() => {});
  return done;
}

/** The longest long task overlapping [from, to], and the longest extension script in a long animation frame. */
export function longestTasks(state: HarnessState, from: number, to: number) {
  const overlaps = (start: number, duration: number) => start < to && start + duration > from;
  const tasks = state.longTasks.filter((t) => overlaps(t.start, t.duration)).map((t) => t.duration);
  const scripts = state.frames
    .flatMap((f) => f.scripts)
    .filter((s) => s.source.startsWith(EXTENSION_SCRIPT) && overlaps(s.start, s.duration))
    .map((s) => s.duration);
  return { longestTaskMs: Math.max(0, ...tasks), longestScriptMs: Math.max(0, ...scripts) };
}

/** One cold statusmark run: a fresh page from a new site, timed from the content script's start to done. */
export async function statusmarkRun(
  browser: BenchBrowser,
  fixturePath: string,
  truth: readonly TruthClaim[],
): Promise<StatusmarkRun> {
  const bench = await browser.newPage('statusmark');
  try {
    const finished = annotationDone(bench.page);
    await bench.open(fixturePath);
    await finished;
    await settled(bench.page);
    const layoutMs = await bench.layoutMs();
    const heapBytes = await bench.heapAfterGc();
    const [marks, state, score] = await Promise.all([
      readMarks(bench.page),
      readHarness(bench.page),
      scoreBadges(bench.page, truth),
    ]);
    const at = (name: string) => {
      const mark = marks[name]?.[0];
      if (!mark)
        throw new Error(`the content script left no "${name}" mark: is this a build with timing marks?`);
      return mark.start;
    };
    const start = at('start');
    const done = state.doneAt!;
    return {
      totalMs: done - start,
      matcherLoadMs: at('matcher-loaded') - at('matcher-request'),
      matcherInPageMs: at('matcher-loaded') - at('matcher-received'),
      matcherRestInPageMs: marks['matcher-rest-received']
        ? at('matcher-rest-loaded') - at('matcher-rest-received')
        : null,
      scanMs: at('scan-done') - at('find-start'),
      badgesMs: done - at('scan-done'),
      ...longestTasks(state, start, done),
      mutations: state.mutations,
      heapBytes,
      layoutMs,
      badgeFrameMs: badgeFrameMs(state.frames, done),
      score,
    };
  } finally {
    await bench.close();
  }
}

/**
 * One more cold run, not timed, under a DevTools trace: the longest task that was the
 * extension's (tracing slows the page down, so its times stay out of the medians).
 */
export async function tracedStatusmarkRun(
  browser: BenchBrowser,
  fixturePath: string,
): Promise<ExtensionTask> {
  const bench = await browser.newPage('statusmark');
  try {
    const trace = await bench.trace();
    const done = annotationDone(bench.page);
    await bench.open(fixturePath);
    await done;
    await settled(bench.page);
    return longestExtensionTask(await trace.stop());
  } finally {
    await bench.close();
  }
}
