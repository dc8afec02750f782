import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/db/v1-database.json';
import { DB_NAME, openStatusmarkDb } from '../../src/db/database';
import { noteRecordSchema, userEntryRecordSchema } from '../../src/db/records';
import { V1_STORES } from '../../src/db/schema-versions';
import { getKbInfo } from '../../src/db/kb-info';
import { listEntries } from '../../src/db/kb-entries';
import { freshIndexedDb } from './helpers';

/** Writes the fixture's rows with the v1 schema, as the first release would have. */
async function writeV1Database(idb: ReturnType<typeof freshIndexedDb>): Promise<void> {
  const v1 = new Dexie(DB_NAME, idb);
  v1.version(1).stores(V1_STORES);
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows);
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('upgrading a version 1 database', () => {
  it('keeps every own entry, wrapped with dates, unchanged in content', async () => {
    const idb = freshIndexedDb();
    await writeV1Database(idb);
    const db = openStatusmarkDb(idb);
    const records = await db.userEntries.toArray();

    expect(db.verno).toBe(2);
    expect(records.map((r) => r.entry)).toEqual(fixture.tables.userEntries);
    for (const record of records) {
      expect(userEntryRecordSchema.parse(record)).toEqual(record);
      expect(record.createdAt).toBe(record.updatedAt);
    }
  });

  it('moves every note to string ids with its text and dates', async () => {
    const idb = freshIndexedDb();
    await writeV1Database(idb);
    const db = openStatusmarkDb(idb);
    const notes = await db.entryNotes.orderBy('id').toArray();

    expect(notes).toEqual(
      fixture.tables.notes.map((note) => ({
        id: `v1-note-${note.id}`,
        entryId: note.entryId,
        text: note.text,
        createdAt: note.createdAt,
        updatedAt: note.createdAt,
      })),
    );
    for (const note of notes) expect(noteRecordSchema.parse(note)).toEqual(note);
    expect(db.tables.map((t) => t.name)).not.toContain('notes');
  });

  it('keeps the shipped entries and marks the KB hash unknown so seeding refreshes it', async () => {
    const idb = freshIndexedDb();
    await writeV1Database(idb);
    const db = openStatusmarkDb(idb);
    expect((await listEntries(db)).filter((e) => e.origin === 'shipped').map((e) => e.entry)).toEqual(
      fixture.tables.shippedEntries,
    );
    expect((await getKbInfo(db)).kb).toEqual({
      version: 2025090101,
      hash: null,
      source: 'bundled',
      generatedAt: null,
      updatedAt: '2025-09-01T10:00:00.000Z',
      entryCount: 1,
    });
  });
});
