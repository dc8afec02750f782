import type { StatusmarkDb } from './database';
import type { FeedCheckRecord, KbMeta } from './records';

/** What the popup footer and the options page say about the KB. */
export interface KbInfo {
  /** Null until the database has been seeded. */
  kb: Omit<KbMeta, 'key'> | null;
  userEntryCount: number;
  noteCount: number;
  lastFeedCheck: Omit<FeedCheckRecord, 'key'> | null;
}

/** The stored KB's meta row, or undefined before the first seeding. */
export async function getKbMeta(db: StatusmarkDb): Promise<KbMeta | undefined> {
  const row = await db.meta.get('kb');
  return row?.key === 'kb' ? row : undefined;
}

/** The last feed check recorded, whatever its result. */
export async function getLastFeedCheck(db: StatusmarkDb): Promise<FeedCheckRecord | undefined> {
  const row = await db.meta.get('feedCheck');
  return row?.key === 'feedCheck' ? row : undefined;
}

function withoutKey<T extends { key: string }>(row: T | undefined): Omit<T, 'key'> | null {
  if (!row) return null;
  const { key: _key, ...rest } = row;
  return rest;
}

/** KB version, source, dates and counts, read in one transaction so they agree. */
export async function getKbInfo(db: StatusmarkDb): Promise<KbInfo> {
  return db.transaction('r', db.meta, db.userEntries, db.entryNotes, async () => {
    const [kb, feedCheck, userEntryCount, noteCount] = await Promise.all([
      getKbMeta(db),
      getLastFeedCheck(db),
      db.userEntries.count(),
      db.entryNotes.count(),
    ]);
    return { kb: withoutKey(kb), userEntryCount, noteCount, lastFeedCheck: withoutKey(feedCheck) };
  });
}
