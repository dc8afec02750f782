// Dexie's liveQuery runs only where a global indexedDB exists when Dexie loads (as in
// extension pages), so this file installs fake-indexeddb globally before importing Dexie.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../src/db/kb-entries';
import { getKbInfo } from '../../src/db/kb-info';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { freshDb, makeEntry, makeSnapshot } from './helpers';

/** Collects what a live query emits until `count` results arrived. */
function firstResults<T>(query: () => Promise<T>, count: number) {
  const seen: T[] = [];
  const done = new Promise<T[]>((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        seen.push(value);
        if (seen.length === count) {
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: reject,
    });
  });
  return { seen, done };
}

describe('live reads for extension pages', () => {
  it('re-emits the entry list when the KB is replaced and when an own entry is added', async () => {
    const db = freshDb();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 1), { kind: 'bundled' });
    const live = firstResults(async () => (await listEntries(db)).map((e) => `${e.origin}:${e.entry.id}`), 3);
    await expect.poll(() => live.seen.length).toBe(1);

    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-b')], 2), { kind: 'bundled' });
    await expect.poll(() => live.seen.length).toBe(2);
    await createUserEntry(db, makeEntry('local-a'));

    expect(await live.done).toEqual([
      ['shipped:shipped-a'],
      ['shipped:shipped-b'],
      ['shipped:shipped-b', 'local:local-a'],
    ]);
  });

  it('re-emits the KB info after an update', async () => {
    const db = freshDb();
    const live = firstResults(async () => (await getKbInfo(db)).kb?.version ?? null, 2);
    await expect.poll(() => live.seen.length).toBe(1);
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 4), { kind: 'bundled' });
    expect(await live.done).toEqual([null, 4]);
  });
});
