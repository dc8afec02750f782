import { entrySchema, type EntryInput } from '../kb/schema';
import type { StatusmarkDb } from './database';
import type { NoteRecord, UserEntryRecord } from './records';
import { StoreError } from './store-error';
import { zodProblems } from './zod-problems';

/** The user's own entries. Seeding and KB updates never touch this table. */

function parseEntry(input: unknown) {
  const parsed = entrySchema.safeParse(input);
  if (!parsed.success) {
    throw new StoreError('invalid', 'the entry is not valid', zodProblems(parsed.error));
  }
  return parsed.data;
}

export function listUserEntries(db: StatusmarkDb): Promise<UserEntryRecord[]> {
  return db.userEntries.toArray();
}

export function getUserEntry(db: StatusmarkDb, id: string): Promise<UserEntryRecord | undefined> {
  return db.userEntries.get(id);
}

/** Adds an own entry. Its id must be new among own entries and not name a shipped entry. */
export async function createUserEntry(
  db: StatusmarkDb,
  input: EntryInput,
  now: Date = new Date(),
): Promise<UserEntryRecord> {
  const entry = parseEntry(input);
  return db.transaction('rw', db.userEntries, db.shippedEntries, async () => {
    if (await db.userEntries.get(entry.id)) {
      throw new StoreError('conflict', `an own entry with id "${entry.id}" already exists`);
    }
    if (await db.shippedEntries.get(entry.id)) {
      throw new StoreError('conflict', `id "${entry.id}" is used by a shipped entry; choose another id`);
    }
    const at = now.toISOString();
    const record: UserEntryRecord = { id: entry.id, entry, createdAt: at, updatedAt: at };
    await db.userEntries.add(record);
    return record;
  });
}

/** Replaces an existing own entry (same id), keeping when it was created. */
export async function updateUserEntry(
  db: StatusmarkDb,
  input: EntryInput,
  now: Date = new Date(),
): Promise<UserEntryRecord> {
  const entry = parseEntry(input);
  return db.transaction('rw', db.userEntries, async () => {
    const existing = await db.userEntries.get(entry.id);
    if (!existing) throw new StoreError('not-found', `no own entry with id "${entry.id}"`);
    const record: UserEntryRecord = { ...existing, entry, updatedAt: now.toISOString() };
    await db.userEntries.put(record);
    return record;
  });
}

/** What a delete removed, so the UI can undo it with `restoreUserEntry`. */
export interface DeletedUserEntry {
  record: UserEntryRecord;
  notes: NoteRecord[];
}

/** Deletes an own entry and the notes on it, in one transaction. */
export async function deleteUserEntry(db: StatusmarkDb, id: string): Promise<DeletedUserEntry> {
  return db.transaction('rw', db.userEntries, db.entryNotes, async () => {
    const record = await db.userEntries.get(id);
    if (!record) throw new StoreError('not-found', `no own entry with id "${id}"`);
    const notes = await db.entryNotes.where('entryId').equals(id).toArray();
    await db.entryNotes.bulkDelete(notes.map((note) => note.id));
    await db.userEntries.delete(id);
    return { record, notes };
  });
}

/** Puts back what `deleteUserEntry` removed (undo). */
export async function restoreUserEntry(db: StatusmarkDb, deleted: DeletedUserEntry): Promise<void> {
  await db.transaction('rw', db.userEntries, db.entryNotes, async () => {
    if (await db.userEntries.get(deleted.record.id)) {
      throw new StoreError('conflict', `an own entry with id "${deleted.record.id}" exists again`);
    }
    await db.userEntries.add(deleted.record);
    await db.entryNotes.bulkPut(deleted.notes);
  });
}
