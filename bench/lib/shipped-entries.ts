import { fileURLToPath } from 'node:url';
import { readEntryFiles } from '../../src/kb/entry-files';
import type { Entry } from '../../src/kb/schema';

/** The KB entries that ship (src/kb/entries), the real part of every benchmark KB. */
export async function shippedEntries(): Promise<Entry[]> {
  const { entries } = await readEntryFiles(fileURLToPath(new URL('../../src/kb/entries', import.meta.url)));
  return entries;
}
