/** Milliseconds one call of `fn` takes. */
export function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The median of `runs` measurements. */
export function median(runs: number, measure: () => number): number {
  const values = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/**
 * Bytes of JS heap plus array buffers that `make()`'s result keeps alive, after
 * forced garbage collections (run node with --expose-gc; without it the figure is rough).
 */
export async function heapDelta(make: () => unknown): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = await settle();
  const kept = make();
  const after = await settle();
  if (kept === undefined) throw new Error('heapDelta: nothing was made');
  return after - before;
}
