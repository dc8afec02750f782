import type { StatusmarkDb } from './database';
import { noteInputSchema, type NoteInput, type NoteRecord } from './records';
import { StoreError } from './store-error';
import { zodProblems } from './zod-problems';

/** Notes and locally verified statuses on any entry. Seeding and KB updates never touch them. */

function parseNote(input: unknown) {
  const parsed = noteInputSchema.safeParse(input);
  if (!parsed.success) throw new StoreError('invalid', 'the note is not valid', zodProblems(parsed.error));
  return parsed.data;
}

async function assertEntryExists(db: StatusmarkDb, entryId: string): Promise<void> {
  const found = (await db.shippedEntries.get(entryId)) ?? (await db.userEntries.get(entryId));
  if (!found) throw new StoreError('not-found', `no entry with id "${entryId}" to attach a note to`);
}

/** Notes on one entry, or every note, oldest first. */
export async function listNotes(db: StatusmarkDb, entryId?: string): Promise<NoteRecord[]> {
  const notes =
    entryId === undefined
      ? await db.entryNotes.toArray()
      : await db.entryNotes.where('entryId').equals(entryId).toArray();
  return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Adds a note to an existing entry (shipped or own). */
export async function addNote(
  db: StatusmarkDb,
  input: NoteInput,
  now: Date = new Date(),
): Promise<NoteRecord> {
  const note = parseNote(input);
  return db.transaction('rw', db.entryNotes, db.shippedEntries, db.userEntries, async () => {
    await assertEntryExists(db, note.entryId);
    const at = now.toISOString();
    const record: NoteRecord = { id: crypto.randomUUID(), ...note, createdAt: at, updatedAt: at };
    await db.entryNotes.add(record);
    return record;
  });
}

/** Replaces a note's text and verified status (omit one to clear it); the entry stays the same. */
export async function updateNote(
  db: StatusmarkDb,
  id: string,
  input: NoteInput,
  now: Date = new Date(),
): Promise<NoteRecord> {
  const note = parseNote(input);
  return db.transaction('rw', db.entryNotes, async () => {
    const existing = await db.entryNotes.get(id);
    if (!existing) throw new StoreError('not-found', `no note with id "${id}"`);
    if (existing.entryId !== note.entryId) {
      throw new StoreError('invalid', `note "${id}" belongs to "${existing.entryId}", not "${note.entryId}"`);
    }
    const record: NoteRecord = {
      id,
      ...note,
      createdAt: existing.createdAt,
      updatedAt: now.toISOString(),
    };
    await db.entryNotes.put(record);
    return record;
  });
}

/** Deletes a note and returns it, so the UI can undo with `restoreNote`. */
export async function deleteNote(db: StatusmarkDb, id: string): Promise<NoteRecord> {
  return db.transaction('rw', db.entryNotes, async () => {
    const existing = await db.entryNotes.get(id);
    if (!existing) throw new StoreError('not-found', `no note with id "${id}"`);
    await db.entryNotes.delete(id);
    return existing;
  });
}

/** Puts back a deleted note (undo). */
export async function restoreNote(db: StatusmarkDb, note: NoteRecord): Promise<void> {
  await db.entryNotes.put(note);
}
