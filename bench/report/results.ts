/**
 * The results file, bench/results/latest.json: `{ machine, date, cases }`, one case per
 * fixture and KB size. `ms` holds medians; `min` and `max` the spread of the same runs.
 */
export const METHODS = [
  'floor',
  'statusmarkScan',
  'statusmark',
  'markjsRegExp',
  'markjsArray',
  'advancedMark',
  'naive',
] as const;
export type Method = (typeof METHODS)[number];
export type MethodTimes = Record<Method, number | null>;

export interface BenchCase {
  fixture: string;
  kbSize: number;
  ms: MethodTimes;
  /** statusmark / floor (medians). */
  ratioToFloor: number | null;
  longestTaskMs: number | null;
  /** The extension's longest task in traced runs: wall clock and CPU (see bench/browser/traced-run.ts). */
  extensionTaskMs?: number;
  extensionTaskCpuMs?: number;
  /** JS heap the annotated page keeps over the same page unannotated, after a forced GC. */
  heapMB: number | null;
  precision: number | null;
  recall: number | null;
  min: MethodTimes;
  max: MethodTimes;
  /** Repetitions measured (after the warm-up). */
  reps: number;
  /** Why a method has no figure (a peer that overflowed its stack or ran past the time limit). */
  failures?: Partial<Record<Method, string>>;
  scanRatioToFloor?: number | null;
  msPer100KB?: number | null;
  matcherLoadMs?: number | null;
  matcherInPageMs?: number | null;
  /** Parsing the matcher's messages from JSON (Chromium does it before our code runs), measured apart. */
  matcherParseMs?: number | null;
  /** The same two for a large matcher's rest, which only a page with a KB term asks for (null when it comes whole). */
  matcherRestParseMs?: number | null;
  matcherRestInPageMs?: number | null;
  matcherBytes?: number;
  badgesMs?: number | null;
  layoutMs?: number | null;
  /** The render part of the frame that first shows the badges (median), ms; 0 = under 50 ms. */
  badgeFrameMs?: number | null;
  mutations?: number | null;
  textKB?: number;
  elements?: number;
  bestPeer?: Method | null;
  ratioToBestPeer?: number | null;
  /** F3-dyn: median and worst of each append's cost over its subtree's floor. */
  appendRatio?: number | null;
  appendRatioMax?: number | null;
  fullRescans?: number;
  /** F3-dyn: the extension's main-thread CPU per append in the traced runs (median), ms, and over the floor. */
  appendCpuMs?: number | null;
  appendCpuRatio?: number | null;
}

export interface BenchResults {
  machine: string;
  date: string;
  chromium?: string;
  contentScriptBytes?: number;
  notes?: string[];
  cases: BenchCase[];
}

export const PEER_METHODS: readonly Method[] = ['markjsRegExp', 'markjsArray', 'advancedMark', 'naive'];

/** The fastest peer by median, and statusmark's total over it. */
export function bestPeer(ms: MethodTimes): { peer: Method | null; ratio: number | null } {
  let peer: Method | null = null;
  for (const method of PEER_METHODS) {
    const value = ms[method];
    if (value !== null && (peer === null || value < ms[peer]!)) peer = method;
  }
  const ratio = peer && ms.statusmark !== null ? ms.statusmark / ms[peer]! : null;
  return { peer, ratio };
}
