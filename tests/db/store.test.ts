import { describe, expect, it } from 'vitest';
import { getEntry, listEntries } from '../../src/db/kb-entries';
import { getKbInfo } from '../../src/db/kb-info';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { recordFeedCheck } from '../../src/db/feed-check';
import { createUserEntry } from '../../src/db/user-entries';
import { addNote } from '../../src/db/notes';
import { freshDb, makeEntry, makeSnapshot } from './helpers';

describe('shipped entries', () => {
  it('replaces every shipped entry with a snapshot and records which KB it is', async () => {
    const db = freshDb();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('old-a'), makeEntry('old-b')], 1), {
      kind: 'bundled',
    });
    const next = await makeSnapshot([makeEntry('new-a')], 2);
    const result = await replaceShippedEntries(db, next, {
      kind: 'feed',
      url: 'https://kb.example.org/feed.json',
    });

    expect(result.applied).toBe(true);
    expect((await listEntries(db)).map((e) => e.entry.id)).toEqual(['new-a']);
    const info = await getKbInfo(db);
    expect(info.kb).toMatchObject({
      version: 2,
      hash: next.hash,
      source: 'feed',
      sourceUrl: 'https://kb.example.org/feed.json',
      generatedAt: next.generatedAt,
      entryCount: 1,
    });
  });

  it('leaves own entries and notes alone when the shipped entries are replaced', async () => {
    const db = freshDb();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 1), { kind: 'bundled' });
    const own = await createUserEntry(db, makeEntry('local-a'));
    const note = await addNote(db, { entryId: 'shipped-a', text: 'checked the filing' });

    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-b')], 2), { kind: 'bundled' });

    expect(await db.userEntries.toArray()).toEqual([own]);
    expect(await db.entryNotes.toArray()).toEqual([note]);
  });

  it('refuses inside the transaction when accept() says no, and changes nothing', async () => {
    const db = freshDb();
    const first = await makeSnapshot([makeEntry('kept')], 5);
    await replaceShippedEntries(db, first, { kind: 'bundled' });
    const result = await replaceShippedEntries(
      db,
      await makeSnapshot([makeEntry('other')], 4),
      { kind: 'bundled' },
      {
        accept: (current) => (current && current.version >= 4 ? 'not newer than the stored KB' : true),
      },
    );
    expect(result).toMatchObject({ applied: false, reason: 'not newer than the stored KB' });
    expect((await listEntries(db)).map((e) => e.entry.id)).toEqual(['kept']);
    expect((await getKbInfo(db)).kb?.hash).toBe(first.hash);
  });

  it('keeps the old KB whole when writing the new one fails half-way', async () => {
    const db = freshDb();
    const first = await makeSnapshot([makeEntry('kept-a'), makeEntry('kept-b')], 1);
    await replaceShippedEntries(db, first, { kind: 'bundled' });
    const broken = await makeSnapshot([makeEntry('new-a')], 2);
    // A record IndexedDB cannot store (a function) makes bulkPut fail after clear() ran.
    const poisoned = {
      ...broken,
      entries: [...broken.entries, { id: 'x', fn: () => 1 }],
    } as unknown as typeof broken;

    await expect(replaceShippedEntries(db, poisoned, { kind: 'bundled' })).rejects.toThrow();
    expect((await listEntries(db)).map((e) => e.entry.id)).toEqual(['kept-a', 'kept-b']);
    expect((await getKbInfo(db)).kb?.version).toBe(1);
  });
});

describe('reading entries', () => {
  it('lists shipped entries and own entries, own ones marked local', async () => {
    const db = freshDb();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 1), { kind: 'bundled' });
    await createUserEntry(db, makeEntry('local-a'), new Date('2026-01-02T03:04:05Z'));
    expect(await listEntries(db)).toEqual([
      { entry: makeEntry('shipped-a'), origin: 'shipped' },
      { entry: makeEntry('local-a'), origin: 'local', updatedAt: '2026-01-02T03:04:05.000Z' },
    ]);
  });

  it('gets one entry by id, the own one first when a later KB brought the same id', async () => {
    const db = freshDb();
    await createUserEntry(db, makeEntry('same-id', { title: 'My version' }));
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('same-id')], 1), { kind: 'bundled' });
    expect((await getEntry(db, 'same-id'))?.entry.title).toBe('My version');
    expect((await getEntry(db, 'same-id', 'shipped'))?.entry.title).toBe('Entry same-id');
    expect(await getEntry(db, 'missing')).toBeUndefined();
  });
});

describe('KB info', () => {
  it('is empty before seeding and counts user records after', async () => {
    const db = freshDb();
    expect(await getKbInfo(db)).toEqual({ kb: null, userEntryCount: 0, noteCount: 0, lastFeedCheck: null });
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('a')], 1), { kind: 'bundled' });
    await createUserEntry(db, makeEntry('local-a'));
    await addNote(db, { entryId: 'a', verified: { status: 'official', date: '2026-01-02' } });
    expect(await getKbInfo(db)).toMatchObject({ userEntryCount: 1, noteCount: 1 });
  });

  it('records the last feed check, whatever its result', async () => {
    const db = freshDb();
    await recordFeedCheck(db, {
      url: 'https://kb.example.org/feed.json',
      result: 'rejected',
      reason: 'signature by an unknown key',
      time: new Date('2026-11-28T08:00:00Z'),
    });
    expect((await getKbInfo(db)).lastFeedCheck).toEqual({
      time: '2026-11-28T08:00:00.000Z',
      url: 'https://kb.example.org/feed.json',
      result: 'rejected',
      reason: 'signature by an unknown key',
    });
  });
});
