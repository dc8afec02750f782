import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decideSeed } from '../../src/background/seed-policy';
import { seedFromBundle } from '../../src/background/seeding';
import { getKbInfo, getKbMeta } from '../../src/db/kb-info';
import { listEntries } from '../../src/db/kb-entries';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { addNote } from '../../src/db/notes';
import type { KbMeta } from '../../src/db/records';
import { freshDb, makeEntry, makeSnapshot } from '../db/helpers';
import { memoryBundle, startTestService } from './kb-service-helpers';

const HASH_A = `sha256-${'a'.repeat(64)}`;
const HASH_B = `sha256-${'b'.repeat(64)}`;
const stored = (version: number, source: 'bundled' | 'feed', hash: string | null = HASH_A): KbMeta => ({
  key: 'kb',
  version,
  hash,
  source,
  generatedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  entryCount: 1,
});

describe('seeding policy', () => {
  it.each([
    ['seed', undefined, 5, HASH_A],
    ['replace', stored(4, 'bundled'), 5, HASH_A],
    ['replace', stored(5, 'bundled'), 5, HASH_B],
    ['replace', stored(5, 'bundled', null), 5, HASH_A],
    ['keep', stored(5, 'bundled'), 5, HASH_A],
    ['keep', stored(6, 'bundled'), 5, HASH_A],
    ['replace', stored(4, 'feed'), 5, HASH_A],
    ['keep', stored(5, 'feed', HASH_B), 5, HASH_A],
    ['keep', stored(9, 'feed'), 5, HASH_A],
  ] as const)(
    '%s when the stored KB is %o and the bundle is version %d',
    (action, current, version, hash) => {
      expect(decideSeed(current, { version, hash }).action).toBe(action);
    },
  );
});

describe('seeding the database from the bundled KB', () => {
  it('seeds on install', async () => {
    const snapshot = await makeSnapshot([makeEntry('shipped-a'), makeEntry('shipped-b')], 10);
    const { db, sentToTabs } = startTestService(memoryBundle(snapshot).bundle);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect((await getKbMeta(db))?.version).toBe(10));
    expect((await listEntries(db)).map((e) => e.entry.id)).toEqual(['shipped-a', 'shipped-b']);
    await vi.waitFor(() =>
      expect(sentToTabs).toEqual([
        { type: 'kbChanged', reason: 'shipped-kb', version: 10, hash: snapshot.hash },
      ]),
    );
  });

  it('answers a first message that arrives before onInstalled, seeding on demand once', async () => {
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 10);
    const { bundle, reads } = memoryBundle(snapshot);
    const { send } = startTestService(bundle);

    const reply = await send({ type: 'getEntry', id: 'shipped-a' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    expect(reply).toEqual({ ok: true, value: { entry: makeEntry('shipped-a'), origin: 'shipped' } });
    expect(reads.snapshot).toBe(1);
  });

  it('reads only the small info file on a wake-up with a current database', async () => {
    const db = freshDb();
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 10);
    await seedFromBundle({ db, bundled: memoryBundle(snapshot).bundle });
    const { bundle, reads } = memoryBundle(snapshot);
    const { send } = startTestService(bundle, db);
    expect(await send({ type: 'getKbInfo' })).toMatchObject({ ok: true, value: { kb: { version: 10 } } });
    expect(reads).toEqual({ info: 1, snapshot: 0 });
  });

  it('replaces the shipped entries with a newer bundle and leaves user data untouched', async () => {
    const db = freshDb();
    await seedFromBundle({
      db,
      bundled: memoryBundle(await makeSnapshot([makeEntry('old-entry')], 10)).bundle,
    });
    const own = await createUserEntry(db, makeEntry('local-a'));
    const note = await addNote(db, { entryId: 'old-entry', text: 'kept across updates' });

    const newer = await makeSnapshot([makeEntry('new-entry')], 11);
    const outcome = await seedFromBundle({ db, bundled: memoryBundle(newer).bundle });

    expect(outcome).toEqual({
      applied: true,
      reason: 'bundled version 11 is newer than the stored bundled version 10',
    });
    expect((await listEntries(db)).map((e) => [e.origin, e.entry.id])).toEqual([
      ['shipped', 'new-entry'],
      ['local', 'local-a'],
    ]);
    expect(await db.userEntries.toArray()).toEqual([own]);
    expect(await db.entryNotes.toArray()).toEqual([note]);
  });

  it('keeps a feed KB newer than the bundle (no downgrade)', async () => {
    const db = freshDb();
    const feed = await makeSnapshot([makeEntry('from-feed')], 20);
    await replaceShippedEntries(db, feed, { kind: 'feed', url: 'https://kb.example.org/feed.json' });
    const outcome = await seedFromBundle({
      db,
      bundled: memoryBundle(await makeSnapshot([makeEntry('bundled')], 10)).bundle,
    });

    expect(outcome).toEqual({
      applied: false,
      reason: 'the stored feed version 20 is newer than the bundled 10',
    });
    expect((await getKbInfo(db)).kb).toMatchObject({ version: 20, source: 'feed', hash: feed.hash });
    expect((await listEntries(db)).map((e) => e.entry.id)).toEqual(['from-feed']);
  });

  it('decides again inside the transaction, so a feed update that lands meanwhile is kept', async () => {
    const db = freshDb();
    const bundled = await makeSnapshot([makeEntry('bundled')], 10);
    const { bundle } = memoryBundle(bundled);
    const racing = {
      info: bundle.info,
      // While seeding loads the snapshot, a feed update stores version 30.
      snapshot: async () => {
        await replaceShippedEntries(db, await makeSnapshot([makeEntry('from-feed')], 30), {
          kind: 'feed',
          url: 'https://kb.example.org/f.json',
        });
        return bundled;
      },
    };
    expect((await seedFromBundle({ db, bundled: racing })).applied).toBe(false);
    expect((await getKbMeta(db))?.version).toBe(30);
  });

  it('refreshes a KB stored by schema v1 (no hash) at the same version', async () => {
    const db = freshDb();
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 10);
    await db.meta.put(stored(10, 'bundled', null));
    expect((await seedFromBundle({ db, bundled: memoryBundle(snapshot).bundle })).applied).toBe(true);
    expect((await getKbMeta(db))?.hash).toBe(snapshot.hash);
  });

  it('retries on the next request after a failed seeding', async () => {
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 10);
    const { bundle } = memoryBundle(snapshot);
    let failures = 1;
    const flaky = {
      ...bundle,
      snapshot: async () => (failures-- > 0 ? Promise.reject(new Error('disk hiccup')) : bundle.snapshot()),
    };
    const { send } = startTestService(flaky);
    expect(await send({ type: 'getEntry', id: 'shipped-a' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk hiccup' },
    });
    expect(await send({ type: 'getEntry', id: 'shipped-a' })).toMatchObject({
      ok: true,
      value: { origin: 'shipped' },
    });
  });
});
