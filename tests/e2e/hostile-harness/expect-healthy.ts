import { expect } from 'vitest';
import { describeHeartbeat, heartbeatHeld } from './heartbeat';
import { longExtensionTasks, type HostileRun } from './hostile-suite';

const longest = (tasks: HostileRun['tasks'], of: 'duration' | 'cpu') =>
  Math.round(Math.max(0, ...tasks.filter((t) => t.kind === 'extension').map((t) => t[of])));

const total = (run: HostileRun, of: 'extensionMs' | 'pageMs') =>
  Math.round(run.tasks.reduce((sum, t) => sum + t[of], 0));

/** One line of figures per page, for the issue's closing note. */
export function figures(name: string, run: HostileRun): string {
  const { heartbeat, heapMb, retried, retriedTasks = [] } = run;
  const earlier = retriedTasks.map(
    (tasks) => `${longest(tasks, 'duration')} ms, cpu ${longest(tasks, 'cpu')} ms`,
  );
  return (
    `${name}: done ${run.doneMs} ms; heartbeat ${describeHeartbeat(heartbeat)}` +
    `${retried ? ` (first attempt: ${describeHeartbeat(retried)})` : ''}; longest extension task ${longest(run.tasks, 'duration')} ms (cpu ${longest(run.tasks, 'cpu')} ms)` +
    `${earlier.length ? ` (earlier traced loads: ${earlier.join('; ')})` : ''}; ` +
    `heap ${heapMb.on}/${heapMb.off} MB on/off; extension JS ${total(run, 'extensionMs')} ms, page JS ${total(run, 'pageMs')} ms in the traced run`
  );
}

/**
 * What Statusmark may add to a page's JavaScript heap (MB, after a GC): its matcher, the
 * text it read and the wrappers of the elements it touched: 4.7 MB on the 100,000-element
 * page; the bound leaves room, and catches a leak that grows with the page's changes.
 */
export const MAX_EXTRA_HEAP_MB = 16;

/** What every hostile page must show: no error, a live page, no long task of ours, a bounded heap. */
export function expectHealthy(name: string, run: HostileRun): void {
  const long = longExtensionTasks(run.tasks);
  console.log(figures(name, run));
  const loads = [
    ...(run.retriedTasks ?? []).map((tasks, i) => [`traced load ${i + 1}`, tasks] as const),
    ['last traced load', run.tasks] as const,
  ];
  if (long.length > 0 || run.retriedTasks || process.env.HOSTILE_DEBUG)
    for (const [load, tasks] of loads)
      for (const t of tasks.filter((t) => t.duration >= 40))
        console.log(
          `  ${load}, task at ${Math.round(t.start)} ms: ${Math.round(t.duration)} ms (cpu ${Math.round(t.cpu)}), ${t.kind}, ` +
            `extension ${t.extensionMs} ms, page ${t.pageMs} ms; ${t.steps.join(', ')} ${t.hotspots?.join(', ') ?? ''}`,
        );
  expect(run.errors).toEqual([]);
  expect(run.heartbeat, 'the page kept its heartbeat').toSatisfy(heartbeatHeld);
  expect(long).toEqual([]);
  expect(run.heapMb.on - run.heapMb.off, 'MB of heap Statusmark added').toBeLessThan(MAX_EXTRA_HEAP_MB);
}
