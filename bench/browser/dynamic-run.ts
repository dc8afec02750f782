import { DYNAMIC, type Append } from '../fixtures/fixtures';
import type { TruthClaim } from '../fixtures/page-writer';
import type { BenchBrowser } from './bench-browser';
import {
  annotationDone,
  longestTasks,
  readHarness,
  readMarks,
  scoreBadges,
  type TruthScore,
} from './statusmark-run';
import { extensionCpuMs, longestExtensionTask, type ExtensionTask } from './traced-run';

export interface AppendCost {
  /** Our pass over the appended posts: its find start to its last badge, ms. */
  ms: number;
  /** A TreeWalker over the appended posts' Text nodes right after they were added (mean of 20 walks), ms. */
  floorMs: number;
  /** Characters the pass read, and characters appended: a pass reading far more is a full rescan. */
  scannedChars: number;
  appendedChars: number;
}

export interface DynamicRun {
  appends: AppendCost[];
  longestTaskMs: number;
  score: TruthScore;
  /** In a traced run (not timed): the extension's longest task from the first append on. */
  extensionTask?: ExtensionTask;
  /**
   * In a traced run: all the extension's main-thread CPU from the first append on, per
   * append, ms. What an append costs the reader's machine, whatever the passes' shape:
   * `appends[].ms` is wall clock inside our passes, and leaves out what runs between them.
   */
  cpuPerAppendMs?: number;
}

interface AppendRecord {
  at: number;
  floorMs: number;
  chars: number;
}

/** Runs in the page: appends each batch at the top of the live feed, one every `interval` ms, timing the floor of each. */
function appendBatches({
  batches,
  interval,
}: {
  batches: string[];
  interval: number;
}): Promise<AppendRecord[]> {
  const FLOOR_ROUNDS = 20;
  const feed = document.getElementById('live-feed')!;
  const records: AppendRecord[] = [];
  return new Promise((resolve) => {
    const next = (i: number) => {
      if (i === batches.length) {
        setTimeout(() => resolve(records), 1500);
        return;
      }
      setTimeout(() => {
        const before = feed.firstElementChild;
        const at = performance.now();
        // eslint-disable-next-line no-unsanitized/method -- the generator's own fixture HTML, as a live blog inserts it
        feed.insertAdjacentHTML('afterbegin', batches[i]!);
        // Timers here tick in 0.1 ms steps and one walk takes about that: average 20 walks.
        const t0 = performance.now();
        let chars = 0;
        for (let round = 0; round < FLOOR_ROUNDS; round++) {
          chars = 0;
          for (let post = feed.firstElementChild; post && post !== before; post = post.nextElementSibling) {
            const walker = document.createTreeWalker(post, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              chars += (node as Text).data.length;
          }
        }
        records.push({ at, floorMs: (performance.now() - t0) / FLOOR_ROUNDS, chars });
        next(i + 1);
      }, interval);
    };
    next(0);
  });
}

/** F3-dyn: F3 annotated, then batches of posts appended; each batch's pass is costed against its floor. */
export async function dynamicRun(
  browser: BenchBrowser,
  baseTruth: readonly TruthClaim[],
  appends: readonly Append[],
  { traced = false }: { traced?: boolean } = {},
): Promise<DynamicRun> {
  const bench = await browser.newPage('statusmark');
  try {
    const done = annotationDone(bench.page);
    await bench.open(`/${DYNAMIC.base}`);
    const state = () => readHarness(bench.page);
    await done;
    const trace = traced ? await bench.trace() : null;
    const records = await bench.page.evaluate(appendBatches, {
      batches: appends.map((a) => a.html),
      interval: DYNAMIC.intervalMs,
    });
    const [marks, harness, score] = await Promise.all([
      readMarks(bench.page),
      state(),
      scoreBadges(bench.page, [...baseTruth, ...appends.flatMap((a) => a.truth)]),
    ]);
    const starts = (marks['find-start'] ?? []).map((m) => m.start);
    const scans = marks['scan-done'] ?? [];
    const costs = records.map((record, i): AppendCost => {
      const until = records[i + 1]?.at ?? Infinity;
      const passes = starts.filter((s) => s >= record.at && s < until);
      let ms = 0;
      let scannedChars = 0;
      passes.forEach((start, k) => {
        const end = passes[k + 1] ?? until;
        const scan = scans.find((s) => s.start >= start && s.start < end);
        const badges = harness.badgeTimes.filter((t) => t >= start && t < end);
        ms += Math.max(scan?.start ?? start, ...badges) - start;
        scannedChars += scan?.detail?.chars ?? 0;
      });
      return { ms, floorMs: record.floorMs, scannedChars, appendedChars: record.chars };
    });
    const first = records[0]?.at ?? 0;
    const tasks = trace && (await trace.stop());
    return {
      appends: costs,
      longestTaskMs: longestTasks(harness, first, Infinity).longestTaskMs,
      score,
      ...(tasks && {
        extensionTask: longestExtensionTask(tasks),
        cpuPerAppendMs: extensionCpuMs(tasks) / records.length,
      }),
    };
  } finally {
    await bench.close();
  }
}
