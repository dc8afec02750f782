import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/report/budgets';
import {
  bestPeer,
  METHODS,
  type BenchCase,
  type BenchResults,
  type MethodTimes,
} from '../../bench/report/results';
import { benchResultsSchema } from '../../bench/report/results-schema';
import { summarise } from '../../bench/report/stats';
import { markdownReport } from '../../bench/report/table';

const times = (values: Partial<MethodTimes>): MethodTimes =>
  ({ ...Object.fromEntries(METHODS.map((m) => [m, null])), ...values }) as MethodTimes;

function f3(kbSize: number, statusmark: number, scan: number): BenchCase {
  const ms = times({
    floor: 5,
    statusmarkScan: scan,
    statusmark,
    markjsRegExp: 65,
    advancedMark: 42,
    naive: 45,
  });
  return {
    fixture: 'F3',
    kbSize,
    ms,
    ratioToFloor: statusmark / 5,
    longestTaskMs: 30,
    heapMB: 1,
    precision: 1,
    recall: 1,
    min: ms,
    max: ms,
    reps: 7,
    scanRatioToFloor: scan / 5,
    ratioToBestPeer: statusmark / 42,
    matcherLoadMs: 60,
    matcherInPageMs: 2,
    matcherParseMs: 2.5,
    matcherBytes: 1_500_000,
  };
}

describe('benchmark statistics and report', () => {
  it('summarises runs as median, min and max (the mean of the middle two for an even count)', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarise([4, 1, 3, 2])?.median).toBe(2.5);
    expect(summarise([])).toBeNull();
  });

  it('compares statusmark with the fastest peer that has a figure', () => {
    expect(bestPeer(times({ statusmark: 10, markjsRegExp: 40, advancedMark: 20, naive: null }))).toEqual({
      peer: 'advancedMark',
      ratio: 0.5,
    });
    expect(bestPeer(times({ statusmark: 10 }))).toEqual({ peer: null, ratio: null });
  });

  it('marks each budget met or not from the figures', () => {
    const results: BenchResults = {
      machine: 'test',
      date: '2026-03-02T00:00:00.000Z',
      contentScriptBytes: 70_000,
      cases: [f3(50, 18, 12), f3(10_000, 30, 14)],
    };
    const checks = checkBudgets(results);
    const met = (budget: string) => checks.find((c) => c.budget.startsWith(budget))?.met;
    expect(met('F3, every N: detection without DOM writes')).toBe(true);
    expect(met('F3, every N: total with badges')).toBe(false); // 30 ms is 6x a 5 ms floor
    expect(met('F3: N = 10,000 within')).toBe(false); // 30 ms over 18 ms
    // 2.5 ms parsing + 2 ms loading in the page; the 60 ms wait for the background is not page work.
    expect(met('Matcher load in the page')).toBe(true);
    expect(met('Matcher \u2264 2 MB')).toBe(true);
    expect(met('Content script')).toBe(false); // 70,000 bytes
    // No traced runs: a long task nobody attributed is neither met nor failed.
    expect(met('No extension task')).toBeNull();
  });

  it('counts the parsing of the matcher messages as loading in the page, and judges its size apart', () => {
    const large = (parse: number, bytes: number): BenchCase => ({
      ...f3(10_000, 30, 14),
      matcherParseMs: parse,
      matcherBytes: bytes,
    });
    const checks = (c: BenchCase) =>
      checkBudgets({ machine: 'test', date: '2026-03-02T00:00:00.000Z', cases: [c] });
    const load = checks(large(3.5, 3_300_000)).find((c) => c.budget.startsWith('Matcher load'))!;
    expect(load.met).toBe(false); // 3.5 + 2 ms
    expect(load.measured).toContain('5.5 ms in every page (3.5 ms parsing its messages');
    expect(load.measured).not.toContain('the rest');
    expect(checks(large(3.5, 3_300_000)).find((c) => c.budget.startsWith('Matcher \u2264 2 MB'))!.met).toBe(
      false,
    );
    // A matcher in two deliveries: the budget is what every page loads; the rest is stated beside it.
    const split = checks({
      ...large(2.5, 1_900_000),
      matcherRestParseMs: 2.7,
      matcherRestInPageMs: 0.9,
    }).find((c) => c.budget.startsWith('Matcher load'))!;
    expect(split.met).toBe(true); // 2.5 + 2 ms
    expect(split.measured).toContain('4.5 ms in every page');
    expect(split.measured).toContain('the rest, 2.7 ms parsing + 0.9 ms decoding');
  });

  it("judges long tasks by the extension's own, from traced runs, not by the page's layout", () => {
    const traced = (kbSize: number, extensionTaskMs: number): BenchCase => ({
      ...f3(kbSize, 18, 12),
      longestTaskMs: 220,
      extensionTaskMs,
      extensionTaskCpuMs: extensionTaskMs - 5,
    });
    const check = (cases: BenchCase[]) =>
      checkBudgets({ machine: 'test', date: '2026-03-02T00:00:00.000Z', cases }).find((c) =>
        c.budget.startsWith('No extension task'),
      )!;
    const short = check([traced(50, 31), traced(10_000, 44)]);
    expect(short.met).toBe(true);
    expect(short.measured).toContain('44 ms wall, 39 ms CPU (F3, N=10000');
    expect(check([traced(50, 31), traced(10_000, 52)]).met).toBe(false);
    // A case without a traced run cannot be called short.
    expect(check([traced(50, 31), f3(10_000, 30, 14)]).met).toBe(false);
  });

  it("states the extension's CPU per append beside F3-dyn's wall-clock ratio", () => {
    const dyn: BenchCase = {
      ...f3(50, 4, 4),
      fixture: 'F3-dyn',
      appendRatio: 80,
      appendRatioMax: 300,
      fullRescans: 0,
      appendCpuMs: 6.1,
      appendCpuRatio: 122,
    };
    const row = checkBudgets({ machine: 'test', date: '2026-03-02T00:00:00.000Z', cases: [dyn] }).find((c) =>
      c.budget.startsWith('F3-dyn'),
    )!;
    expect(row.measured).toContain('N=50: 80\u00d7 (median), worst 300\u00d7, 0 full rescans');
    expect(row.measured).toContain('CPU per append (traced): N=50: 6.1 ms, 122\u00d7');
    expect(row.met).toBe(false);
  });

  it('writes one Markdown row per case and a budget table, and a results file of the published shape', () => {
    const results: BenchResults = {
      machine: 'test',
      date: '2026-03-02T00:00:00.000Z',
      cases: [f3(50, 18, 12)],
    };
    const report = markdownReport(results);
    expect(report).toContain('| F3 | 50 | 5 | 12 | 18 | 3.6 |');
    expect(
      markdownReport({
        ...results,
        cases: [{ ...f3(50, 18, 12), extensionTaskMs: 31, extensionTaskCpuMs: 24 }],
      }),
    ).toContain('| 30 | 31 (24) | 1 |');
    // heap MB, layout ms, then the frame that first shows the badges.
    expect(
      markdownReport({ ...results, cases: [{ ...f3(50, 18, 12), layoutMs: 20, badgeFrameMs: 88 }] }),
    ).toContain('| 1 | 20 | 88 |');
    expect(report).toContain('| budget | measured | met |');
    expect(benchResultsSchema.safeParse(results).success).toBe(true);
  });
});
