import { describe, expect, it } from 'vitest';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../../src/db/notes';
import { freshDb, makeEntry, makeSnapshot } from './helpers';

async function seeded() {
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a'), makeEntry('shipped-b')], 1), {
    kind: 'bundled',
  });
  return db;
}

describe('notes', () => {
  it('attaches free text and a locally verified status to a shipped entry', async () => {
    const db = await seeded();
    const note = await addNote(
      db,
      {
        entryId: 'shipped-a',
        text: 'Called the agency.',
        verified: { status: 'official', date: '2026-03-01' },
      },
      new Date('2026-03-02T10:00:00Z'),
    );
    expect(note).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      entryId: 'shipped-a',
      text: 'Called the agency.',
      verified: { status: 'official', date: '2026-03-01' },
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(await listNotes(db, 'shipped-a')).toEqual([note]);
    expect(await listNotes(db, 'shipped-b')).toEqual([]);
  });

  it('refuses an empty note, an unknown status and a note on a missing entry', async () => {
    const db = await seeded();
    await expect(addNote(db, { entryId: 'shipped-a' })).rejects.toMatchObject({
      code: 'invalid',
      problems: ['(root): a note needs text, a verified status, or both'],
    });
    await expect(
      addNote(db, { entryId: 'shipped-a', verified: { status: 'signed' as 'official', date: '2026-03-01' } }),
    ).rejects.toMatchObject({ problems: [expect.stringMatching(/^verified\.status: /)] });
    await expect(addNote(db, { entryId: 'nowhere', text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await listNotes(db)).toEqual([]);
  });

  it('updates a note in place and refuses to move it to another entry', async () => {
    const db = await seeded();
    const note = await addNote(db, { entryId: 'shipped-a', text: 'first' }, new Date('2026-01-01T00:00:00Z'));
    const updated = await updateNote(
      db,
      note.id,
      { entryId: 'shipped-a', verified: { status: 'rescinded', date: '2026-02-02' } },
      new Date('2026-02-03T00:00:00Z'),
    );
    expect(updated).toEqual({
      id: note.id,
      entryId: 'shipped-a',
      verified: { status: 'rescinded', date: '2026-02-02' },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-03T00:00:00.000Z',
    });
    await expect(updateNote(db, note.id, { entryId: 'shipped-b', text: 'x' })).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('deletes a note and undo restores it', async () => {
    const db = await seeded();
    const note = await addNote(db, { entryId: 'shipped-b', text: 'keep me' });
    expect(await deleteNote(db, note.id)).toEqual(note);
    expect(await listNotes(db)).toEqual([]);
    await restoreNote(db, note);
    expect(await listNotes(db)).toEqual([note]);
    await expect(deleteNote(db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});
