import { checkBudgets } from './budgets';
import type { BenchCase, BenchResults, Method } from './results';

const cell = (c: BenchCase, method: Method) => {
  const value = c.ms[method];
  if (value === null) return c.failures?.[method] ? 'fails' : '\u2013';
  return String(value);
};
const num = (n: number | null | undefined) => (n === null || n === undefined ? '\u2013' : String(n));
const extensionTask = (c: BenchCase) =>
  c.extensionTaskMs === undefined ? '\u2013' : `${c.extensionTaskMs} (${num(c.extensionTaskCpuMs)})`;

/** The results as Markdown: the main table, the budgets, and notes on failures. */
export function markdownReport(results: BenchResults): string {
  const lines = [
    `Chromium, cold runs (a fresh page from a new site each), median of ${Math.max(...results.cases.map((c) => c.reps))} interleaved repetitions after a warm-up; ms.`,
    `Machine: ${results.machine}${results.chromium ? `; ${results.chromium}` : ''}; ${results.date.slice(0, 10)}.`,
    '',
    '| fixture | N | floor | statusmark scan | statusmark | \u00d7 floor | ms/100 KB | matcher load | mark.js RegExp | mark.js array | advanced-mark | RegExp per entry | vs best peer | longest task | ext. task (CPU) | heap MB | layout ms | badge frame | mutations | P | R |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of results.cases) {
    const dyn = c.fixture === 'F3-dyn';
    lines.push(
      `| ${c.fixture} | ${c.kbSize} | ${cell(c, 'floor')} | ${cell(c, 'statusmarkScan')} | ${cell(c, 'statusmark')} | ${num(dyn ? c.appendRatio : c.ratioToFloor)} | ${num(c.msPer100KB)} | ${num(c.matcherLoadMs)} | ${cell(c, 'markjsRegExp')} | ${cell(c, 'markjsArray')} | ${cell(c, 'advancedMark')} | ${cell(c, 'naive')} | ${num(c.ratioToBestPeer)} | ${num(c.longestTaskMs)} | ${extensionTask(c)} | ${num(c.heapMB)} | ${num(c.layoutMs)} | ${num(c.badgeFrameMs)} | ${num(c.mutations)} | ${num(c.precision)} | ${num(c.recall)} |`,
    );
  }
  lines.push(
    '',
    'Badge frame: the render part (style, layout, pre-paint, paint) of the frame that first shows the badges, from the Long Animation Frames API; 0 when that frame took under 50 ms (shorter frames are not reported).',
    '',
    "Longest task: the longest task of anyone (the page's too) overlapping our work, from the Long Tasks API; 0 when none took 50 ms or more (shorter tasks are not reported).",
    '',
    'F3-dyn rows: floor and statusmark are per append (20 posts), the floor a cold walk over the posts (the mean over 20 fresh copies), statusmark the wall clock inside our passes; \u00d7 floor is the median of each append\u2019s ratio. The extension\u2019s CPU per append, from traces, is in the budget table.',
    '',
    '| budget | measured | met |',
    '|---|---|---|',
    ...checkBudgets(results).map(
      (b) => `| ${b.budget} | ${b.measured} | ${b.met === null ? 'n/a' : b.met ? 'yes' : 'no'} |`,
    ),
  );
  const failures = results.cases.flatMap((c) =>
    Object.entries(c.failures ?? {}).map(
      ([method, why]) => `- ${method} on ${c.fixture} at N=${c.kbSize}: ${why}`,
    ),
  );
  if (failures.length) lines.push('', 'Peers without a figure:', ...failures);
  return lines.join('\n');
}
