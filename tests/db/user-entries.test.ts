import { describe, expect, it } from 'vitest';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import {
  createUserEntry,
  deleteUserEntry,
  getUserEntry,
  listUserEntries,
  restoreUserEntry,
  updateUserEntry,
} from '../../src/db/user-entries';
import { addNote, listNotes } from '../../src/db/notes';
import { StoreError } from '../../src/db/store-error';
import { freshDb, makeEntry, makeSnapshot } from './helpers';

describe('own entries', () => {
  it('creates an entry with its creation time', async () => {
    const db = freshDb();
    const record = await createUserEntry(db, makeEntry('local-a'), new Date('2026-02-01T00:00:00Z'));
    expect(record).toEqual({
      id: 'local-a',
      entry: makeEntry('local-a'),
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(await listUserEntries(db)).toEqual([record]);
  });

  it('refuses an invalid entry with every problem and its path', async () => {
    const db = freshDb();
    const bad = makeEntry('local-a');
    const input = {
      ...bad,
      events: [
        {
          ...bad.events[0]!,
          date: '2025-13-40',
          sources: [{ ...bad.events[0]!.sources[0]!, url: 'javascript:alert(1)' }],
        },
      ],
    };
    const error = await createUserEntry(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).problems).toEqual([
      expect.stringMatching(/^events\[0\]\.date: expected a date/),
      expect.stringMatching(/^events\[0\]\.sources\[0\]\.url: expected an https URL/),
    ]);
    expect(await listUserEntries(db)).toEqual([]);
  });

  it('refuses an id already used by an own or a shipped entry', async () => {
    const db = freshDb();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 1), { kind: 'bundled' });
    await createUserEntry(db, makeEntry('local-a'));
    await expect(createUserEntry(db, makeEntry('local-a'))).rejects.toMatchObject({ code: 'conflict' });
    await expect(createUserEntry(db, makeEntry('shipped-a'))).rejects.toThrow(/used by a shipped entry/);
  });

  it('updates an entry, keeping when it was created', async () => {
    const db = freshDb();
    await createUserEntry(db, makeEntry('local-a'), new Date('2026-02-01T00:00:00Z'));
    const changed = makeEntry('local-a', { title: 'Now official' });
    const record = await updateUserEntry(db, changed, new Date('2026-03-01T00:00:00Z'));
    expect(record).toMatchObject({
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect((await getUserEntry(db, 'local-a'))?.entry.title).toBe('Now official');
    await expect(updateUserEntry(db, makeEntry('local-missing'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('deletes an entry with its notes, and undo puts both back', async () => {
    const db = freshDb();
    const record = await createUserEntry(db, makeEntry('local-a'));
    const note = await addNote(db, { entryId: 'local-a', text: 'ask the board' });
    const deleted = await deleteUserEntry(db, 'local-a');
    expect(deleted).toEqual({ record, notes: [note] });
    expect(await listUserEntries(db)).toEqual([]);
    expect(await listNotes(db)).toEqual([]);

    await restoreUserEntry(db, deleted);
    expect(await listUserEntries(db)).toEqual([record]);
    expect(await listNotes(db, 'local-a')).toEqual([note]);
  });
});
