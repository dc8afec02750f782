import { describe, expect, it, vi } from 'vitest';
import { runInSlices, yieldToPage } from '../../src/page/scheduler';

describe('sliced in-page work', () => {
  it('yields to the page whenever a slice has used its 16 ms budget', async () => {
    let clock = 0;
    const perSlice: number[] = [0];
    const yieldFn = vi.fn(async () => void perSlice.push(0));
    // Each item takes 5 ms: after four items (20 ms) the slice is over budget.
    const slices = await runInSlices(
      Array.from({ length: 10 }, (_, i) => i),
      () => {
        clock += 5;
        perSlice[perSlice.length - 1]!++;
      },
      { now: () => clock, yieldFn },
    );
    expect(perSlice).toEqual([4, 4, 2]);
    expect(slices).toBe(3);
  });

  it('does everything in one slice when the work is quick', async () => {
    const yieldFn = vi.fn(async () => {});
    const slices = await runInSlices(Array.from({ length: 100 }), () => {}, { now: () => 0, yieldFn });
    expect(slices).toBe(1);
    expect(yieldFn).not.toHaveBeenCalled();
  });

  it('stops between slices once its context is invalidated', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = runInSlices([1, 2, 3, 4, 5, 6], (n) => done.push(n), {
      now: (() => {
        let t = 0;
        return () => (t += 10);
      })(),
      signal: controller.signal,
      yieldFn: async () => controller.abort(new Error('invalidated')),
    });
    await expect(run).rejects.toThrow('invalidated');
    expect(done.length).toBeLessThan(6);
  });

  it('yields through a message when scheduler.yield is missing', async () => {
    const order: string[] = [];
    const yielded = yieldToPage().then(() => order.push('resumed'));
    order.push('sync');
    await yielded;
    expect(order).toEqual(['sync', 'resumed']);
  });
});
