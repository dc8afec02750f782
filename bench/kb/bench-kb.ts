import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entry } from '../../src/kb/schema';
import { shippedEntries } from '../lib/shipped-entries';
import { generatedEntries, reservedBy } from './generated-entries';

/** The KB sizes the benchmark runs at. */
export const KB_SIZES = [50, 1000, 10000] as const;

/**
 * A benchmark KB of `size` entries: every shipped entry (the fixtures' claims are
 * about them) plus generated ones. Smaller KBs are prefixes of larger ones.
 */
export async function benchKb(size: number): Promise<Entry[]> {
  const shipped = await shippedEntries();
  if (size < shipped.length)
    throw new RangeError(`a bench KB has at least the ${shipped.length} shipped entries`);
  return [...shipped, ...generatedEntries(size - shipped.length, reservedBy(shipped))];
}

/** Writes the entries as `<id>.json` files, the layout the build reads (STATUSMARK_KB_DIR). */
export async function writeKbFolder(dir: string, entries: readonly Entry[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(entries.map((entry) => writeFile(join(dir, `${entry.id}.json`), JSON.stringify(entry))));
  const written = await readdir(dir);
  if (written.length !== entries.length)
    throw new Error(`wrote ${written.length} of ${entries.length} KB files`);
}
