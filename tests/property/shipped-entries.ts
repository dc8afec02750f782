import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entrySchema, type Entry } from '../../src/kb/schema';

const ENTRIES_DIR = join(import.meta.dirname, '../../src/kb/entries');

/** The shipped KB's entry files as parsed JSON: real, varied documents to mutate. */
export const SHIPPED_ENTRY_DOCS: readonly unknown[] = readdirSync(ENTRIES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(ENTRIES_DIR, file), 'utf8')) as unknown);

/** The same entries, validated (defaults filled in). */
export const SHIPPED_ENTRIES: readonly Entry[] = SHIPPED_ENTRY_DOCS.map((doc) => entrySchema.parse(doc));

/**
 * A few entries of different shapes (events with several sources, an outcome, rules,
 * jurisdictions with a region), with `related` emptied so the list stands on its own.
 */
export function entrySample(count: number): Entry[] {
  const withOutcome = SHIPPED_ENTRIES.filter((e) => e.outcome);
  const others = SHIPPED_ENTRIES.filter((e) => !e.outcome);
  const picked = [...withOutcome.slice(0, Math.ceil(count / 2)), ...others].slice(0, count);
  return picked.map((entry) => ({ ...entry, related: [] }));
}
