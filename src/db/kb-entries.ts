import type { Entry } from '../kb/schema';
import type { StatusmarkDb } from './database';
import type { EntryOrigin, StoredEntry, UserEntryRecord } from './records';

/**
 * Reads of the KB as users see it: the shipped entries plus their own ("local").
 * Plain Dexie reads, so extension pages can wrap them in `liveQuery`.
 */

const shipped = (entry: Entry): StoredEntry => ({ entry, origin: 'shipped' });
const local = (record: UserEntryRecord): StoredEntry => ({
  entry: record.entry,
  origin: 'local',
  updatedAt: record.updatedAt,
});

/** Every entry: shipped ones by id, then the user's own by id. */
export async function listEntries(db: StatusmarkDb): Promise<StoredEntry[]> {
  return db.transaction('r', db.shippedEntries, db.userEntries, async () => {
    const [fromKb, own] = await Promise.all([db.shippedEntries.toArray(), db.userEntries.toArray()]);
    return [...fromKb.map(shipped), ...own.map(local)];
  });
}

/** The shipped entries only (what `kb export` and the feed replace). */
export function listShippedEntries(db: StatusmarkDb): Promise<Entry[]> {
  return db.shippedEntries.toArray();
}

/**
 * One entry by id. Without `origin`, the user's own entry wins when a later KB update
 * brought a shipped entry with the same id: it is what the user chose to keep.
 */
export async function getEntry(
  db: StatusmarkDb,
  id: string,
  origin?: EntryOrigin,
): Promise<StoredEntry | undefined> {
  if (origin !== 'shipped') {
    const record = await db.userEntries.get(id);
    if (record) return local(record);
    if (origin === 'local') return undefined;
  }
  const entry = await db.shippedEntries.get(id);
  return entry ? shipped(entry) : undefined;
}
