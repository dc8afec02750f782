import type { MainThreadTask } from './main-thread-trace';

/** The extension's longest task in a traced run: wall-clock and CPU time, and where it went. */
export interface ExtensionTask {
  wallMs: number;
  cpuMs: number;
  /** The task's longest steps and the extension's hottest functions, for the log. */
  detail: string;
}

/**
 * The longest task attributable to the extension, from a DevTools trace with V8's
 * CPU samples (main-thread-trace.ts): a task in which only the extension's code ran
 * counts whole; a task shared with the page (our MutationObserver callback runs at the
 * end of the page's task that made the change) counts for our code's sampled time.
 * Layout and style work the badges cause later runs in the page's rendering tasks and is
 * reported separately (layout ms).
 */
export function longestExtensionTask(tasks: readonly MainThreadTask[]): ExtensionTask {
  let longest: ExtensionTask = { wallMs: 0, cpuMs: 0, detail: '' };
  for (const task of tasks) {
    const wallMs = task.kind === 'extension' ? task.duration : task.kind === 'shared' ? task.extensionMs : 0;
    if (wallMs <= longest.wallMs) continue;
    const cpuMs = task.kind === 'extension' ? task.cpu : task.extensionMs;
    longest = {
      wallMs: Math.round(wallMs * 10) / 10,
      cpuMs: Math.round(cpuMs * 10) / 10,
      detail: [task.kind, ...task.steps, ...(task.hotspots ?? [])].join('; '),
    };
  }
  return longest;
}

/**
 * All the extension's main-thread time in a traced run, ms of CPU: whole tasks in which
 * only its code ran, and its sampled share of tasks shared with the page.
 */
export function extensionCpuMs(tasks: readonly MainThreadTask[]): number {
  let total = 0;
  for (const task of tasks)
    total += task.kind === 'extension' ? task.cpu : task.kind === 'shared' ? task.extensionMs : 0;
  return total;
}
