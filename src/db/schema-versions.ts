import type { Transaction } from 'dexie';
import type { Entry } from '../kb/schema';
import type { KbMeta, NoteRecord, UserEntryRecord } from './records';

/**
 * Every schema version this database has had, oldest first. A released version is
 * never edited: a change is a new version with an `upgrade()` that carries every
 * user record across (tests/db/upgrade-v1.test.ts opens a v1 database and checks).
 */

/** Version 1, the first release: shipped entries, own entries as bare `Entry` objects, free-text notes. */
export const V1_STORES = {
  shippedEntries: 'id',
  userEntries: 'id',
  notes: '++id, entryId',
  meta: 'key',
} as const;

/** Records as version 1 wrote them (kept so the upgrade and its fixture stay typed). */
export interface V1Note {
  id: number;
  entryId: string;
  text: string;
  createdAt: string;
}
export interface V1KbMeta {
  key: 'kb';
  version: number;
  source: 'bundled';
  updatedAt: string;
}

/**
 * Version 2:
 * - own entries are wrapped as `{ id, entry, createdAt, updatedAt }`, indexed by
 *   `updatedAt` (sort by last change; newer-wins merge on import);
 * - notes move to `entryNotes` with string ids (random UUIDs merge across profiles on
 *   import, where v1's auto-increment numbers collided), an optional verified status
 *   and `updatedAt`; IndexedDB cannot change a table's key, hence the new table;
 * - the KB meta row gains `hash`, `generatedAt`, `entryCount` and the feed source.
 */
export const V2_STORES = {
  shippedEntries: 'id',
  userEntries: 'id, updatedAt',
  notes: null,
  entryNotes: 'id, entryId, updatedAt',
  meta: 'key',
} as const;

/** The v1 → v2 upgrade. Runs inside Dexie's upgrade transaction: IndexedDB work only, no other awaits. */
export async function upgradeToV2(tx: Transaction, now: Date = new Date()): Promise<void> {
  const migratedAt = now.toISOString();

  await tx
    .table('userEntries')
    .toCollection()
    .modify((value: Entry | UserEntryRecord, ref: { value: unknown }) => {
      if ('entry' in value) return; // already v2-shaped
      const record: UserEntryRecord = {
        id: value.id,
        entry: value,
        // v1 kept no dates: the migration time is the honest "last known change".
        createdAt: migratedAt,
        updatedAt: migratedAt,
      };
      ref.value = record;
    });

  const oldNotes: V1Note[] = await tx.table('notes').toArray();
  const notes: NoteRecord[] = oldNotes.map((note) => ({
    id: `v1-note-${note.id}`,
    entryId: note.entryId,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.createdAt,
  }));
  await tx.table('entryNotes').bulkPut(notes);

  const oldMeta: V1KbMeta | undefined = await tx.table('meta').get('kb');
  if (oldMeta) {
    const entryCount = await tx.table('shippedEntries').count();
    const meta: KbMeta = {
      key: 'kb',
      version: oldMeta.version,
      // Unknown: the next seeding sees a different hash and refreshes the bundled KB.
      hash: null,
      source: oldMeta.source,
      generatedAt: null,
      updatedAt: oldMeta.updatedAt,
      entryCount,
    };
    await tx.table('meta').put(meta);
  }
}
