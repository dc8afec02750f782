import type { BrowserBenchSamples, CaseSamples, SizeInfo } from '../browser/run-cases';
import type { StatusmarkRun } from '../browser/statusmark-run';
import { bestPeer, METHODS, type BenchCase, type Method, type MethodTimes } from './results';
import { round, summarise, type Summary } from './stats';
import type { ExtensionTask } from '../browser/traced-run';

/** The longest of the traced runs' longest extension tasks (by wall clock), with its CPU time. */
function longestOf(tasks: readonly ExtensionTask[]) {
  if (tasks.length === 0) return {};
  const longest = tasks.reduce((a, b) => (b.wallMs > a.wallMs ? b : a));
  return { extensionTaskMs: round(longest.wallMs), extensionTaskCpuMs: round(longest.cpuMs) };
}

const nothing = (): MethodTimes => Object.fromEntries(METHODS.map((m) => [m, null])) as MethodTimes;
const median = (values: readonly number[]) => summarise(values)?.median ?? null;
const maybe = (value: number | null | undefined) =>
  value === null || value === undefined ? null : round(value);
const ratio = (a: number | null, b: number | null) =>
  a !== null && b !== null && b > 0 ? round(a / b) : null;

/** Medians, mins and maxes of each method, and the case's other figures. */
function staticCase(samples: CaseSamples, size: SizeInfo): BenchCase {
  const runs = samples.statusmark;
  const of = (pick: (run: StatusmarkRun) => number) => runs.map(pick);
  const summaries: Partial<Record<Method, Summary | null>> = {
    floor: summarise(samples.floor.map((f) => f.ms)),
    statusmarkScan: summarise(of((r) => r.scanMs)),
    statusmark: summarise(of((r) => r.totalMs)),
    ...Object.fromEntries(Object.entries(samples.peers).map(([peer, ms]) => [peer, summarise(ms)])),
  };
  const ms = nothing();
  const min = nothing();
  const max = nothing();
  for (const method of METHODS) {
    const summary = summaries[method];
    ms[method] = maybe(summary?.median);
    min[method] = maybe(summary?.min);
    max[method] = maybe(summary?.max);
  }
  const chars = samples.floor[0]?.chars ?? 0;
  const best = bestPeer(ms);
  const heap = median(of((r) => r.heapBytes));
  const baseHeap = median(samples.floor.map((f) => f.heapBytes));
  const layout = median(of((r) => r.layoutMs));
  const baseLayout = median(samples.floor.map((f) => f.layoutMs));
  return {
    fixture: samples.fixture,
    kbSize: samples.kbSize,
    ms,
    ratioToFloor: ratio(ms.statusmark, ms.floor),
    longestTaskMs: runs.length ? round(Math.max(...of((r) => r.longestTaskMs))) : null,
    heapMB: heap !== null && baseHeap !== null ? round((heap - baseHeap) / 1e6) : null,
    precision: runs.length ? round(Math.min(...of((r) => r.score.precision))) : null,
    recall: runs.length ? round(Math.min(...of((r) => r.score.recall))) : null,
    min,
    max,
    reps: runs.length,
    ...(Object.keys(samples.failures).length ? { failures: samples.failures } : {}),
    scanRatioToFloor: ratio(ms.statusmarkScan, ms.floor),
    msPer100KB: ms.statusmark !== null && chars ? round(ms.statusmark / (chars / 100_000)) : null,
    matcherLoadMs: maybe(median(of((r) => r.matcherLoadMs))),
    matcherInPageMs: maybe(median(of((r) => r.matcherInPageMs))),
    matcherParseMs: maybe(median(size.matcherParseMs)),
    matcherRestParseMs: maybe(median(size.matcherRestParseMs)),
    matcherRestInPageMs: maybe(
      median(runs.flatMap((r) => (r.matcherRestInPageMs === null ? [] : [r.matcherRestInPageMs]))),
    ),
    matcherBytes: size.matcherBytes,
    badgesMs: maybe(median(of((r) => r.badgesMs))),
    layoutMs: layout !== null && baseLayout !== null ? round(layout - baseLayout) : null,
    badgeFrameMs: maybe(median(of((r) => r.badgeFrameMs))),
    mutations: median(of((r) => r.mutations)),
    textKB: round(chars / 1000),
    elements: samples.floor[0]?.elements ?? 0,
    bestPeer: best.peer,
    ratioToBestPeer: maybe(best.ratio),
    ...longestOf(samples.traced),
  };
}

/** F3-dyn at one KB size: each append's pass against the floor of what was appended. */
function dynamicCase(size: SizeInfo): BenchCase | null {
  const appends = size.dynamic.flatMap((run) => run.appends);
  if (appends.length === 0) return null;
  const cost = summarise(appends.map((a) => a.ms))!;
  const floor = summarise(appends.map((a) => a.floorMs))!;
  const ratios = appends.map((a) => (a.floorMs > 0 ? a.ms / a.floorMs : Infinity));
  const ms = nothing();
  const min = nothing();
  const max = nothing();
  for (const [method, summary] of [
    ['floor', floor],
    ['statusmark', cost],
  ] as const) {
    ms[method] = round(summary.median);
    min[method] = round(summary.min);
    max[method] = round(summary.max);
  }
  const runs = size.dynamic;
  return {
    fixture: 'F3-dyn',
    kbSize: size.kbSize,
    ms,
    ratioToFloor: ratio(ms.statusmark, ms.floor),
    longestTaskMs: round(Math.max(...runs.map((r) => r.longestTaskMs))),
    heapMB: null,
    precision: round(Math.min(...runs.map((r) => r.score.precision))),
    recall: round(Math.min(...runs.map((r) => r.score.recall))),
    min,
    max,
    reps: runs.length,
    appendRatio: maybe(median(ratios)),
    appendRatioMax: round(Math.max(...ratios)),
    fullRescans: appends.filter((a) => a.scannedChars > 2 * a.appendedChars).length,
    appendCpuMs: maybe(median(size.dynamicCpuPerAppendMs)),
    appendCpuRatio: ratio(median(size.dynamicCpuPerAppendMs), ms.floor),
    matcherBytes: size.matcherBytes,
    ...longestOf(size.dynamicTraced),
  };
}

export function assembleCases(samples: BrowserBenchSamples): BenchCase[] {
  const sizes = new Map(samples.sizes.map((s) => [s.kbSize, s]));
  const cases = samples.cases.map((c) => staticCase(c, sizes.get(c.kbSize)!));
  for (const size of samples.sizes) {
    const dynamic = dynamicCase(size);
    if (dynamic) cases.push(dynamic);
  }
  return cases;
}
