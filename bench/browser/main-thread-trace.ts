import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Who keeps a page's main thread busy, from a DevTools trace: every top-level task with
 * its duration, and V8's CPU samples (the same ones the Performance panel shows)
 * telling whose JavaScript ran in it. A sample is the extension's when its stack holds
 * a function of the extension's scripts (the content script's isolated world, or the
 * popover's module), the page's when it holds one of the page's. A task is the
 * extension's when only the extension's code ran in it; "shared" when both ran (the
 * extension's MutationObserver callback runs at the end of the page's task that made
 * the change).
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task cost, without the time the OS ran other processes. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

export type TaskKind = 'extension' | 'shared' | 'page' | 'rendering' | 'other';

export interface MainThreadTask {
  /** Milliseconds from the trace's first task. */
  start: number;
  /** Wall-clock milliseconds. */
  duration: number;
  /** Milliseconds of the main thread's own (CPU) time: on a machine shared with other work, the wall clock also counts the time the thread waited for a core. */
  cpu: number;
  kind: TaskKind;
  /** Milliseconds of the extension's and of the page's JavaScript in the task (sampled). */
  extensionMs: number;
  pageMs: number;
  /** The longest steps inside (style, layout, GC...), for reports. */
  steps: string[];
  /** For tasks with 20 ms or more of the extension's code: its functions that took most of it (self time). */
  hotspots?: string[];
}

export interface MainThreadTrace {
  stop(): Promise<MainThreadTask[]>;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

export async function traceMainThread(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<MainThreadTrace> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Playwright types CDP events it knows; these come through as they are.
  const on = cdp as unknown as {
    on(event: string, listener: (event: { value: TraceEvent[] }) => void): void;
    once(event: string, listener: () => void): void;
  };
  on.on('Tracing.dataCollected', (event) => {
    for (const e of event.value) events.push(e);
  });
  const complete = new Promise<void>((resolve) => on.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler'],
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return tasksOf(events, `chrome-extension://${extensionId}/`);
    },
  };
}

type Owner = 'extension' | 'page' | 'none';

/** Every CPU sample of the thread: its time (µs, trace clock), length and whose code it was in. */
function samplesOf(events: TraceEvent[], pid: number, tid: number, ours: string) {
  const nodes = new Map<number, ProfileNode>();
  const owner = new Map<number, Owner>();
  /** A stack is the extension's when any frame is; else the page's when any frame is. */
  const ownerOf = (id: number): Owner => {
    const known = owner.get(id);
    if (known) return known;
    const node = nodes.get(id);
    const url = node?.callFrame.url ?? '';
    const below = node?.parent === undefined ? 'none' : ownerOf(node.parent);
    const result: Owner =
      url.startsWith(ours) || below === 'extension'
        ? 'extension'
        : /^https?:/.test(url) || below === 'page'
          ? 'page'
          : 'none';
    owner.set(id, result);
    return result;
  };
  const samples: { at: number; owner: Owner; frame: string }[] = [];
  // The main thread's profile starts there; its chunks arrive from the profiler's own thread.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return samples;
  let clock = profile.args?.data?.startTime ?? profile.ts;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      clock += deltas[i] ?? 0;
      const frame = nodes.get(id)?.callFrame;
      const where = frame?.url
        ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${(frame as { lineNumber?: number }).lineNumber ?? 0}:${(frame as { columnNumber?: number }).columnNumber ?? 0}`
        : (frame?.functionName ?? '?');
      samples.push({ at: clock, owner: ownerOf(id), frame: where });
    });
  }
  samples.sort((a, b) => a.at - b.at);
  return samples;
}

function tasksOf(events: TraceEvent[], ours: string): MainThreadTask[] {
  // The page's main thread is the one that ran the content script: its evaluation, or
  // (in a trace started after it, on a page already annotated) a call into its code.
  const first =
    events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(ours)) ??
    events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith(ours));
  if (!first) return [];
  const { pid, tid } = first;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const samples = samplesOf(events, pid, tid, ours);
  const tasks = thread.filter((e) => TASKS.has(e.name) && (e.dur ?? 0) > 0);
  const origin = tasks[0]?.ts ?? 0;
  let s = 0;
  let inner = 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const ms = { extension: 0, page: 0, none: 0 };
    const self = new Map<string, number>();
    while (s < samples.length && samples[s]!.at < task.ts) s++;
    for (let i = s; i < samples.length && samples[i]!.at <= end; i++) {
      const next = samples[i + 1]?.at ?? samples[i]!.at;
      const took = Math.min(next - samples[i]!.at, end - samples[i]!.at) / 1000;
      ms[samples[i]!.owner] += took;
      if (samples[i]!.owner === 'extension')
        self.set(samples[i]!.frame, (self.get(samples[i]!.frame) ?? 0) + took);
    }
    while (inner < thread.length && thread[inner]!.ts < task.ts) inner++;
    const steps: TraceEvent[] = [];
    for (let i = inner; i < thread.length && thread[i]!.ts <= end; i++)
      if (thread[i] !== task) steps.push(thread[i]!);
    const rendering = steps.some((e) => RENDER.has(e.name));
    const kind: TaskKind =
      ms.extension > 0 && ms.page > 0
        ? 'shared'
        : ms.extension > 0
          ? 'extension'
          : ms.page > 0
            ? 'page'
            : rendering
              ? 'rendering'
              : 'other';
    return {
      start: (task.ts - origin) / 1000,
      duration: (task.dur ?? 0) / 1000,
      cpu: (task.tdur ?? task.dur ?? 0) / 1000,
      kind,
      extensionMs: Math.round(ms.extension * 10) / 10,
      pageMs: Math.round(ms.page * 10) / 10,
      steps: steps
        .filter((e) => (e.dur ?? 0) >= 5_000 && !TASKS.has(e.name))
        .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)}`)
        .slice(0, 6),
      ...(ms.extension >= 20
        ? {
            hotspots: [...self]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 5)
              .map(([name, took]) => `${name} ${Math.round(took)}`),
          }
        : {}),
    };
  });
}
