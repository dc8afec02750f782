import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../src/page/scheduler';

/**
 * Between slices the page's own tasks must run: scheduler.yield() would resume our work
 * ahead of them (a page's timers starved for the length of a scan, see scheduler.ts), so
 * yielding posts a task of the page's own priority instead.
 */
afterEach(() => vi.unstubAllGlobals());

describe('yielding to the page', () => {
  it('queues the rest of the work behind the page tasks with scheduler.postTask, never scheduler.yield', async () => {
    const scheduler = {
      yield: vi.fn(async () => {}),
      postTask: vi.fn(async (task: () => void) => task()),
    };
    vi.stubGlobal('scheduler', scheduler);
    await yieldToPage();
    expect(scheduler.postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'user-visible' });
    expect(scheduler.yield).not.toHaveBeenCalled();
  });

  it('falls back to a message (a task of its own) where postTask is missing', async () => {
    vi.stubGlobal('scheduler', { yield: vi.fn(async () => {}) });
    const order: string[] = [];
    const yielded = yieldToPage().then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('microtasks done');
    await yielded;
    expect(order).toEqual(['microtasks done', 'resumed']);
  });
});
