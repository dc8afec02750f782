import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME, openStatusmarkDb, StatusmarkDb } from '../../src/db/database';
import { getKbMeta, getLastFeedCheck } from '../../src/db/kb-info';
import { noteRecordSchema, userEntryRecordSchema, type NoteRecord } from '../../src/db/records';
import { V1_STORES, V2_STORES, type V1Note } from '../../src/db/schema-versions';
import { exportUserData } from '../../src/db/user-data';
import { entrySchema, type Entry } from '../../src/kb/schema';
import { freshIndexedDb } from '../db/helpers';

/**
 * Every released schema version has a fixture: the database as that version wrote it
 * (tests/fixtures/db/v<N>-database.json). Each is written with its own version's
 * stores and opened with the current code, and every user record must come through.
 * When version 3 comes: add V3_STORES below, a reader of v3 rows to USER_RECORDS, and
 * tests/fixtures/db/v3-database.json (the database as v3 writes it); the v1 and v2
 * fixtures then upgrade through v3 unchanged.
 */

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/db');
const STORES_BY_VERSION: Record<number, Record<string, string | null>> = { 1: V1_STORES, 2: V2_STORES };

interface DbFixture {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}
const FIXTURES: DbFixture[] = readdirSync(FIXTURE_DIR)
  .filter((file) => /^v\d+-database\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as DbFixture)
  .sort((a, b) => a.schemaVersion - b.schemaVersion);

/** A user's own records as any version keeps them: the entries, and each note's content. */
interface UserRecords {
  entries: Entry[];
  notes: Pick<NoteRecord, 'entryId' | 'text' | 'verified' | 'createdAt'>[];
}
type NoteFields = Partial<Pick<NoteRecord, 'entryId' | 'text' | 'verified' | 'createdAt'>>;
const noteContent = (n: NoteFields) => ({
  entryId: n.entryId!,
  ...(n.text !== undefined ? { text: n.text } : {}),
  ...(n.verified !== undefined ? { verified: n.verified } : {}),
  createdAt: n.createdAt!,
});

/** Reads the user's records out of a fixture's raw rows, as that version stored them. */
const USER_RECORDS: Record<number, (tables: DbFixture['tables']) => UserRecords> = {
  1: (tables) => ({
    entries: (tables.userEntries ?? []) as unknown as Entry[],
    notes: ((tables.notes ?? []) as unknown as V1Note[]).map(noteContent),
  }),
  2: (tables) => ({
    entries: (tables.userEntries ?? []).map((r) => r.entry as Entry),
    notes: ((tables.entryNotes ?? []) as unknown as NoteRecord[]).map(noteContent),
  }),
};

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const byNote = (a: UserRecords['notes'][number], b: UserRecords['notes'][number]) =>
  `${a.createdAt}${a.entryId}`.localeCompare(`${b.createdAt}${b.entryId}`);

/** Writes a fixture's rows with its version's stores, as that release would have. */
async function writeFixture(fixture: DbFixture) {
  const idb = freshIndexedDb();
  const old = new Dexie(DB_NAME, idb);
  old.version(fixture.schemaVersion).stores(STORES_BY_VERSION[fixture.schemaVersion]!);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return idb;
}

describe('database fixtures of every released schema version', () => {
  it('there is one for every version up to the current one', () => {
    const current = new StatusmarkDb('version-probe', freshIndexedDb()).verno;
    expect(FIXTURES.map((f) => f.schemaVersion)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
    for (const f of FIXTURES) {
      expect(STORES_BY_VERSION[f.schemaVersion], `stores of v${f.schemaVersion}`).toBeDefined();
      expect(USER_RECORDS[f.schemaVersion], `reader of v${f.schemaVersion} rows`).toBeDefined();
    }
  });

  it.each(FIXTURES.map((f) => [f.schemaVersion, f] as const))(
    'the v%i fixture has rows in every table of its version and entries of every shape',
    (version, fixture) => {
      const tables = Object.entries(STORES_BY_VERSION[version]!).filter(([, spec]) => spec !== null);
      for (const [table] of tables) expect(fixture.tables[table]?.length, table).toBeGreaterThan(0);
      const { entries, notes } = USER_RECORDS[version]!(fixture.tables);
      for (const entry of entries) expect(entrySchema.parse(entry)).toEqual(entry);
      const has = (test: (e: Entry) => boolean) => entries.some(test);
      expect(has((e) => e.outcome?.date !== undefined) && has((e) => e.outcome?.date === undefined)).toBe(
        true,
      );
      expect(has((e) => e.jurisdiction.region !== undefined && e.jurisdiction.locality !== undefined)).toBe(
        true,
      );
      expect(
        has((e) => e.detect.rules.length > 0 && e.detect.exclude.length > 0 && e.detect.prefer.length > 0),
      ).toBe(true);
      const dates = entries.flatMap((e) => e.events.map((ev) => ev.date.length));
      expect(new Set(dates)).toEqual(new Set([4, 7, 10])); // YYYY, YYYY-MM, YYYY-MM-DD
      expect(has((e) => e.related.length > 0)).toBe(true);
      const entryIds = new Set(entries.map((e) => e.id));
      expect(notes.some((n) => entryIds.has(n.entryId))).toBe(true);
      expect(notes.some((n) => !entryIds.has(n.entryId))).toBe(true);
    },
  );

  it.each(FIXTURES.map((f) => [f.schemaVersion, f] as const))(
    'a v%i database opens with the current code with every own entry and note intact',
    async (version, fixture) => {
      fakeBrowser.reset();
      const db = openStatusmarkDb(await writeFixture(fixture));
      const exported = await exportUserData(db);
      const expected = USER_RECORDS[version]!(fixture.tables);

      expect(exported.userEntries.map((r) => r.entry).sort(byId)).toEqual([...expected.entries].sort(byId));
      expect(exported.notes.map(noteContent).sort(byNote)).toEqual([...expected.notes].sort(byNote));
      for (const record of exported.userEntries) expect(userEntryRecordSchema.parse(record)).toEqual(record);
      for (const note of exported.notes) expect(noteRecordSchema.parse(note)).toEqual(note);
      expect(new Set(exported.notes.map((n) => n.id)).size).toBe(exported.notes.length);
      // The KB row survives (its hash may be unknown after an upgrade: seeding refreshes it).
      expect(await getKbMeta(db)).toMatchObject({ key: 'kb', version: expect.any(Number) });
      db.close();
    },
  );

  it('a database of the current version opens unchanged, row for row', async () => {
    const current = FIXTURES.at(-1)!;
    const db = openStatusmarkDb(await writeFixture(current));
    for (const [table, rows] of Object.entries(current.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    expect(await getLastFeedCheck(db)).toMatchObject({ key: 'feedCheck', result: 'rejected' });
    db.close();
  });
});
