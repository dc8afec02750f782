/**
 * Cooperative slicing: in-page work runs in slices of about 16 ms and yields to the
 * page between them, so no task of ours comes near the 50 ms long-task line.
 */
export const SLICE_BUDGET_MS = 16;

type TaskScheduler = { postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void> };

/**
 * Gives the main thread back to the page: the rest of our work waits behind every task
 * already queued, the page's own timers included. Not `scheduler.yield()`: it resumes
 * ahead of other queued tasks, so a page's timers never ran while a large page was
 * scanned (measured in Chromium 156: 0 of 60 heartbeat ticks during 3 s of 16 ms
 * slices, against 59 with either of these). `scheduler.postTask` at the default
 * priority (Chrome 94+, Firefox 142+), else a MessageChannel message, which unlike
 * setTimeout(0) is not clamped to 4 ms when nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  signal?: AbortSignal;
  budgetMs?: number;
  now?: () => number;
  yieldFn?: () => Promise<void>;
  /**
   * When the current slice began, shared by the steps of one pass (reading, detection,
   * badges): a step that starts where another ended goes on with that slice instead of
   * a fresh budget. Separate budgets added up to 30-40 ms tasks (the last detection
   * slice, then assessment, then the first badges).
   */
  clock?: SliceClock;
}

export interface SliceClock {
  sliceStart: number | null;
}

/** A clock for one pass: its first step starts the first slice. */
export const newSliceClock = (): SliceClock => ({ sliceStart: null });

const defaultNow = () => performance.now();
const nowOf = (options: SliceOptions) => (options.now ?? defaultNow)();

/** Gives the page its thread back now and starts a new slice on the pass's clock. */
export async function nextSlice(options: SliceOptions): Promise<void> {
  await (options.yieldFn ?? yieldToPage)();
  throwIfAborted(options.signal);
  startSlice(options);
}

/**
 * Starts a new slice on the pass's clock without yielding: for work that resumes in a task
 * of its own (a message or a module that arrived), where the page already had its turn.
 */
export function startSlice(options: SliceOptions): void {
  if (options.clock) options.clock.sliceStart = nowOf(options);
}

/**
 * Yields first when the current slice has used more than `share` of its budget: for a
 * step that should run in one slice (writing all badges, so the page lays out once).
 */
export async function yieldUnlessRoom(options: SliceOptions, share: number): Promise<void> {
  const start = options.clock?.sliceStart;
  if (start == null) return;
  if (nowOf(options) - start > share * (options.budgetMs ?? SLICE_BUDGET_MS)) await nextSlice(options);
}

/** Thrown (as the signal's reason) when work stops because its context was invalidated. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
}

/**
 * Calls `work` for each item, yielding whenever a slice has used its budget, or would
 * pass it with one more item as long as the item before took. An item is never split, so
 * one item must be small; the caller chooses items that are. With a `clock`, the first
 * items go on with the pass's current slice. Returns the number of slices used.
 */
export async function runInSlices<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  options: SliceOptions = {},
): Promise<number> {
  const { budgetMs = SLICE_BUDGET_MS, now = defaultNow } = options;
  throwIfAborted(options.signal);
  const clock = options.clock ?? newSliceClock();
  const slicing = { ...options, clock };
  let sliceStart = (clock.sliceStart ??= now());
  let slices = 1;
  // When the item before began, and so how long it took: one clock read an item, as before.
  let began = -1;
  for (const item of items) {
    const at = now();
    const used = at - sliceStart;
    // Waiting for a full budget let a slice run on by a whole item: 4 ms detection steps
    // ended slices at 20 ms, and a cold step of 25 ms made a 40 ms task.
    if (used >= budgetMs || (began >= 0 && used + (at - began) > budgetMs)) {
      await nextSlice(slicing);
      sliceStart = clock.sliceStart!;
      slices++;
      began = sliceStart;
    } else began = at;
    work(item);
  }
  return slices;
}
