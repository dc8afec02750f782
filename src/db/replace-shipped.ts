import type { KbSnapshot } from '../kb/schema';
import type { StatusmarkDb } from './database';
import { getKbMeta } from './kb-info';
import type { KbMeta, KbSource } from './records';

/**
 * Decides, inside the write transaction and on the KB stored at that moment, whether
 * the new snapshot may replace it: `true` to apply, or the reason to refuse in plain
 * words. Deciding here rather than before keeps two racing writers (seeding and a
 * feed check) from undoing each other.
 */
export type AcceptSnapshot = (current: KbMeta | undefined) => true | string;

export interface ReplaceOptions {
  accept?: AcceptSnapshot;
  now?: Date;
}

export type ReplaceResult =
  | { applied: true; previous: KbMeta | undefined; meta: KbMeta }
  | { applied: false; reason: string; current: KbMeta | undefined };

/**
 * Replaces every shipped entry with the snapshot's, and the KB meta row, in ONE
 * transaction: readers see the old KB or the new one, never a mix, and a failure
 * (quota, crash) leaves the old KB whole. User tables are not part of the
 * transaction, so own entries and notes cannot be touched.
 *
 * The caller has validated the snapshot (schema and hash): seeding does it for the
 * bundle, the feed code for a feed (src/feed). `source` says which, for the options page.
 */
export async function replaceShippedEntries(
  db: StatusmarkDb,
  snapshot: KbSnapshot,
  source: KbSource,
  options: ReplaceOptions = {},
): Promise<ReplaceResult> {
  const meta: KbMeta = {
    key: 'kb',
    version: snapshot.version,
    hash: snapshot.hash,
    source: source.kind,
    ...(source.kind === 'feed' ? { sourceUrl: source.url } : {}),
    generatedAt: snapshot.generatedAt,
    updatedAt: (options.now ?? new Date()).toISOString(),
    entryCount: snapshot.entries.length,
  };
  return db.transaction('rw', db.shippedEntries, db.meta, async (): Promise<ReplaceResult> => {
    const current = await getKbMeta(db);
    const verdict = options.accept ? options.accept(current) : true;
    if (verdict !== true) return { applied: false, reason: verdict, current };
    await db.shippedEntries.clear();
    await db.shippedEntries.bulkPut(snapshot.entries);
    await db.meta.put(meta);
    return { applied: true, previous: current, meta };
  });
}
