import { DYNAMIC, type Append } from '../fixtures/fixtures';
import type { TruthClaim } from '../fixtures/page-writer';
import type { BenchBrowser } from './bench-browser';
import { settled } from './bench-browser';
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
  /** A cold TreeWalker pass over the appended posts' Text nodes (mean of one walk over each of 20 copies), ms. */
  floorMs: number;
  /** Characters the pass read, and characters appended: a pass reading far more is a full rescan. */
  scannedChars: number;
  appendedChars: number;
}

export interface DynamicRun {
  /** Each append's cost against its floor; empty in a traced run, which measures no floors. */
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

interface BatchFloor {
  floorMs: number;
  chars: number;
}

/**
 * Runs in the page, before any append: each batch's floor, a TreeWalker pass over its
 * Text nodes as the first pass of a world meets them, cold (the first touch of a node
 * makes its wrapper). Timers here tick in 0.1 ms steps and one walk takes about that, so
 * it is the mean of one walk over each of 20 detached copies, not of 20 walks over the
 * same, by then warm, nodes.
 */
function batchFloors(batches: string[]): BatchFloor[] {
  const COPIES = 20;
  return batches.map((html) => {
    const copies = Array.from({ length: COPIES }, () => {
      const copy = document.createElement('div');
      // eslint-disable-next-line no-unsanitized/method -- the generator's own fixture HTML
      copy.insertAdjacentHTML('afterbegin', html);
      return copy;
    });
    let chars = 0;
    const t0 = performance.now();
    for (const copy of copies) {
      chars = 0;
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
    }
    return { floorMs: (performance.now() - t0) / COPIES, chars };
  });
}

/**
 * The batches' floors, on a page of their own with Statusmark off: neither the copies nor
 * their garbage may share a task with our passes on the annotated page.
 */
async function batchFloorsOffPage(browser: BenchBrowser, batches: string[]): Promise<BatchFloor[]> {
  const bench = await browser.newPage('off');
  try {
    await bench.open(`/${DYNAMIC.base}`);
    await settled(bench.page);
    return await bench.page.evaluate(batchFloors, batches);
  } finally {
    await bench.close();
  }
}

/** Runs in the page: appends each batch at the top of the live feed, one every `interval` ms; when each was appended. */
function appendBatches({ batches, interval }: { batches: string[]; interval: number }): Promise<number[]> {
  const feed = document.getElementById('live-feed')!;
  const times: number[] = [];
  return new Promise((resolve) => {
    const next = (i: number) => {
      if (i === batches.length) {
        setTimeout(() => resolve(times), 1500);
        return;
      }
      setTimeout(() => {
        times.push(performance.now());
        // eslint-disable-next-line no-unsanitized/method -- the generator's own fixture HTML, as a live blog inserts it
        feed.insertAdjacentHTML('afterbegin', batches[i]!);
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
  const batches = appends.map((a) => a.html);
  // A traced run reports the extension's tasks only: no floors to measure.
  const floors = traced ? null : await batchFloorsOffPage(browser, batches);
  const bench = await browser.newPage('statusmark');
  try {
    const done = annotationDone(bench.page);
    await bench.open(`/${DYNAMIC.base}`);
    const state = () => readHarness(bench.page);
    await done;
    const trace = traced ? await bench.trace() : null;
    const times = await bench.page.evaluate(appendBatches, { batches, interval: DYNAMIC.intervalMs });
    const [marks, harness, score] = await Promise.all([
      readMarks(bench.page),
      state(),
      scoreBadges(bench.page, [...baseTruth, ...appends.flatMap((a) => a.truth)]),
    ]);
    const starts = (marks['find-start'] ?? []).map((m) => m.start);
    const scans = marks['scan-done'] ?? [];
    const costs = (floors ?? []).map((floor, i): AppendCost => {
      const at = times[i]!;
      const until = times[i + 1] ?? Infinity;
      const passes = starts.filter((s) => s >= at && s < until);
      let ms = 0;
      let scannedChars = 0;
      passes.forEach((start, k) => {
        const end = passes[k + 1] ?? until;
        const scan = scans.find((s) => s.start >= start && s.start < end);
        const badges = harness.badgeTimes.filter((t) => t >= start && t < end);
        ms += Math.max(scan?.start ?? start, ...badges) - start;
        scannedChars += scan?.detail?.chars ?? 0;
      });
      return { ms, floorMs: floor.floorMs, scannedChars, appendedChars: floor.chars };
    });
    const first = times[0] ?? 0;
    const tasks = trace && (await trace.stop());
    return {
      appends: costs,
      longestTaskMs: longestTasks(harness, first, Infinity).longestTaskMs,
      score,
      ...(tasks && {
        extensionTask: longestExtensionTask(tasks),
        cpuPerAppendMs: extensionCpuMs(tasks) / times.length,
      }),
    };
  } finally {
    await bench.close();
  }
}
