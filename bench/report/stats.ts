/** Median, min and max of a run's samples; null when there are none (a peer that failed). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** Rounds for the results file: two decimals below 10, one below 1000, none above. */
export function round(value: number): number {
  const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 1000 ? 10 : 1;
  return Math.round(value * digits) / digits;
}
