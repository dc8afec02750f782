import { describe, expect, it } from 'vitest';
import type { MainThreadTask } from '../../bench/browser/main-thread-trace';
import { extensionCpuMs, longestExtensionTask } from '../../bench/browser/traced-run';

const task = (kind: MainThreadTask['kind'], duration: number, cpu: number, extensionMs: number) => ({
  start: 0,
  duration,
  cpu,
  kind,
  extensionMs,
  pageMs: 0,
  steps: [],
});

describe('traced runs', () => {
  const tasks: MainThreadTask[] = [
    task('extension', 12, 9, 8),
    // Our MutationObserver callback at the end of the page's task: only our sampled share.
    task('shared', 30, 28, 2.5),
    task('page', 40, 38, 0),
    task('rendering', 25, 24, 0),
    task('extension', 3, 1.5, 1),
  ];

  it("adds up the extension's CPU: its own tasks whole, its share of tasks shared with the page", () => {
    expect(extensionCpuMs(tasks)).toBeCloseTo(9 + 2.5 + 1.5);
    expect(extensionCpuMs([])).toBe(0);
  });

  it("finds the extension's longest task by wall clock, never the page's", () => {
    expect(longestExtensionTask(tasks)).toMatchObject({ wallMs: 12, cpuMs: 9 });
  });
});
