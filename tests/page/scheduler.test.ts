import { describe, expect, it, vi } from 'vitest';
import {
  newSliceClock,
  nextSlice,
  runInSlices,
  startSlice,
  yieldToPage,
  yieldUnlessRoom,
} from '../../src/page/scheduler';

describe('sliced in-page work', () => {
  it('yields to the page before an item that would take a slice past its 16 ms budget, judging by the item before', async () => {
    let clock = 0;
    const perSlice: number[] = [0];
    const yieldFn = vi.fn(async () => void perSlice.push(0));
    // Each item takes 5 ms: after three (15 ms) a fourth would end the slice at 20 ms.
    const slices = await runInSlices(
      Array.from({ length: 10 }, (_, i) => i),
      () => {
        clock += 5;
        perSlice[perSlice.length - 1]!++;
      },
      { now: () => clock, yieldFn },
    );
    expect(perSlice).toEqual([3, 3, 3, 1]);
    expect(slices).toBe(4);
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

  it('goes on with the slice the step before ended in, when the steps share a clock', async () => {
    let clock = 0;
    const yields: number[] = [];
    const slicing = {
      now: () => clock,
      yieldFn: async () => void yields.push(clock),
      clock: newSliceClock(),
    };
    // Reading took 12 ms of the slice: detection's first 5 ms item fills it (how long an
    // item of detection takes is not known before its first); three more fit the next.
    await runInSlices([1, 2, 3], () => void (clock += 4), slicing);
    await runInSlices([1, 2, 3, 4, 5], () => void (clock += 5), slicing);
    expect(yields).toEqual([17, 32]);
  });

  it('starts each step on a fresh budget without a shared clock', async () => {
    let clock = 0;
    const yields: number[] = [];
    const slicing = { now: () => clock, yieldFn: async () => void yields.push(clock) };
    await runInSlices([1, 2, 3], () => void (clock += 4), slicing);
    await runInSlices([1, 2, 3, 4, 5], () => void (clock += 5), slicing);
    // The second step's slice starts at 12 ms: three 5 ms items, then a pause.
    expect(yields).toEqual([27]);
  });

  it('yields before a one-slice step only when the slice has less room left than asked', async () => {
    let clock = 0;
    const yieldFn = vi.fn(async () => {});
    const slicing = { now: () => clock, yieldFn, clock: newSliceClock() };
    await runInSlices([1], () => void (clock += 6), slicing);
    await yieldUnlessRoom(slicing, 0.5);
    expect(yieldFn).not.toHaveBeenCalled();
    clock += 3;
    await yieldUnlessRoom(slicing, 0.5);
    expect(yieldFn).toHaveBeenCalledTimes(1);
    expect(slicing.clock.sliceStart).toBe(9);
  });

  it('starts a new slice on the clock after an explicit yield', async () => {
    let clock = 40;
    const slicing = { now: () => clock, yieldFn: async () => void (clock += 1), clock: { sliceStart: 0 } };
    await nextSlice(slicing);
    expect(slicing.clock.sliceStart).toBe(41);
  });

  it('starts a new slice where work resumes in a task of its own, without yielding', async () => {
    let clock = 100;
    const yieldFn = vi.fn(async () => {});
    const slicing = { now: () => clock, yieldFn, clock: { sliceStart: 10 } };
    startSlice(slicing);
    await runInSlices([1, 2, 3], () => void (clock += 5), slicing);
    expect(yieldFn).not.toHaveBeenCalled();
    expect(slicing.clock.sliceStart).toBe(100);
  });
});
