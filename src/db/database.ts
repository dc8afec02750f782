import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Entry } from '../kb/schema';
import type { MetaRow, NoteRecord, UserEntryRecord } from './records';
import { upgradeToV2, V1_STORES, V2_STORES } from './schema-versions';

/** The IndexedDB database name, in the extension's origin only (never a content script's). */
export const DB_NAME = 'statusmark';

/**
 * The extension's database. Open it in the background and extension pages only:
 * a content script's IndexedDB belongs to the web page. Writes go through the
 * background (src/background/); extension pages may read it directly, e.g. in a
 * Dexie `liveQuery`, because every read function in src/db is a plain Dexie read.
 */
export class StatusmarkDb extends Dexie {
  /** Entries of the KB now in force: the bundled snapshot or a newer signed feed. */
  shippedEntries!: Table<Entry, string>;
  /** The user's own entries. Never touched by seeding or KB updates. */
  userEntries!: Table<UserEntryRecord, string>;
  /** Notes and locally verified statuses on any entry. Never touched by seeding or KB updates. */
  entryNotes!: Table<NoteRecord, string>;
  /** `kb` (which KB is stored) and `feedCheck` (the last feed check) rows. */
  meta!: Table<MetaRow, MetaRow['key']>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade((tx) => upgradeToV2(tx));
  }
}

/** Opens (lazily: Dexie opens on first use) the extension's database. */
export function openStatusmarkDb(options?: DexieOptions, name: string = DB_NAME): StatusmarkDb {
  return new StatusmarkDb(name, options);
}
