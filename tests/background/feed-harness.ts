import type { FeedUpdateDeps } from '../../src/background/feed-update-run';
import { loadFeedValidators, saveFeedValidators } from '../../src/background/feed-validators';
import type { StatusmarkDb } from '../../src/db/database';
import { DEV_TRUSTED_KEYS } from '../feed/helpers/feed-fixtures';
import type { FakeServer } from '../feed/helpers/fake-fetch';

export const FEED_URL = 'https://kb.example.org/feed.json';

/**
 * The updater's dependencies for one test: a fake host, the dev key trusted, a
 * short timeout, and the real validator store (storage.local of WXT's fake browser).
 */
export function feedDeps(
  db: StatusmarkDb,
  server: FakeServer,
  extra: Partial<FeedUpdateDeps> = {},
): FeedUpdateDeps {
  return {
    db,
    fetch: server.fetch,
    trustedKeys: DEV_TRUSTED_KEYS,
    feedUrl: FEED_URL,
    loadValidators: loadFeedValidators,
    saveValidators: saveFeedValidators,
    timeoutMs: 100,
    now: () => new Date('2026-11-28T08:00:00Z'),
    ...extra,
  };
}

/** Every table as plain data, minus the feed-check row (which every check rewrites). */
export async function dumpTables(db: StatusmarkDb) {
  const [shipped, userEntries, notes, meta] = await Promise.all([
    db.shippedEntries.toArray(),
    db.userEntries.toArray(),
    db.entryNotes.toArray(),
    db.meta.toArray(),
  ]);
  return { shipped, userEntries, notes, meta: meta.filter((row) => row.key !== 'feedCheck') };
}
