import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { PEERS } from './browser/peer-run';
import { runCases, type BrowserBenchOptions } from './browser/run-cases';
import { FIXTURE_NAMES } from './fixtures/fixtures';
import { KB_SIZES } from './kb/bench-kb';
import { assembleCases } from './report/assemble';
import type { BenchResults } from './report/results';
import { markdownReport } from './report/table';

/**
 * The full run: every fixture, every KB size, every peer, F3-dyn; 7 measured repetitions
 * after one warm-up, then 3 untimed traced runs of each case for the extension's longest task.
 */
export const FULL: BrowserBenchOptions = {
  kbSizes: KB_SIZES,
  fixtures: FIXTURE_NAMES,
  peers: PEERS,
  dynamic: true,
  warmup: 1,
  reps: 7,
  peerTimeoutMs: 20_000,
  tracedRuns: 3,
};

/**
 * `--quick`: F1 at N = 50, three repetitions, no F3-dyn, and no mark.js `mark(array)`
 * (seconds per run even there). It proves the bench works; its figures are not the
 * published ones.
 */
export const QUICK: BrowserBenchOptions = {
  kbSizes: [50],
  fixtures: ['F1'],
  peers: PEERS.filter((peer) => peer !== 'markjsArray'),
  dynamic: false,
  warmup: 1,
  reps: 3,
  peerTimeoutMs: 10_000,
  tracedRuns: 1,
};

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} \u00d7${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Runs the browser benchmark, writes the results file and returns the Markdown report. */
export async function browserBench(options: BrowserBenchOptions, outFile: string): Promise<string> {
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const loadBefore = load();
  const samples = await runCases(options, log);
  const results: BenchResults = {
    machine: machine(),
    date: new Date().toISOString(),
    chromium: samples.chromium,
    contentScriptBytes: samples.sizes[0]?.contentScriptBytes,
    notes: [
      `load average (1, 5, 15 min) before: ${loadBefore}, after: ${load()}`,
      'statusmark = content-script start to the page marked done (every badge placed), matcher request included',
      'statusmarkScan = first pass extraction + detection + assessment, before any DOM write',
      'floor = one TreeWalker pass reading every Text node under <body>, in an isolated world, cold',
      'longestTaskMs = the longest long task overlapping the extension\u2019s work, over all runs (whoever ran it: the page\u2019s layout too)',
      'extensionTaskMs / extensionTaskCpuMs = the longest task whose code was the extension\u2019s, wall clock and CPU, from DevTools traces of untimed runs (V8 samples say whose code ran)',
      'heapMB and layoutMs = the annotated page minus the same page unannotated (medians)',
      'badgeFrameMs = the render part of the long animation frame that first shows the badges (median); 0 = that frame took under 50 ms',
      'precision and recall = the lowest over all runs',
    ],
    cases: assembleCases(samples),
  };
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${outFile}`);
  return markdownReport(results);
}
