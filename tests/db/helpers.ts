import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { entrySchema, type Entry, type EntryInput } from '../../src/kb/schema';
import { buildSnapshot } from '../../src/kb/snapshot';
import { openStatusmarkDb, type StatusmarkDb } from '../../src/db/database';
import type { KbSnapshot } from '../../src/kb/schema';

/** Each call gets its own in-memory IndexedDB, so tests never share state. */
export function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function freshDb(): StatusmarkDb {
  return openStatusmarkDb(freshIndexedDb());
}

/** A valid entry; `status` sets its single event's status. */
export function makeEntry(id: string, overrides: Partial<EntryInput> = {}): Entry {
  return entrySchema.parse({
    id,
    title: `Entry ${id}`,
    summary: `Summary of ${id}.`,
    jurisdiction: { country: 'US' },
    kind: 'bill',
    scope: 'retirement',
    events: [
      {
        date: '2025-07-17',
        status: 'proposed',
        summary: 'Introduced.',
        sources: [
          { url: `https://example.org/${id}`, title: 'Bill text', publisher: 'Legislature', primary: true },
        ],
      },
    ],
    confidence: 'confirmed',
    detect: { names: [`${id} act`] },
    ...overrides,
  });
}

export function makeSnapshot(entries: Entry[], version: number): Promise<KbSnapshot> {
  return buildSnapshot(entries, version, new Date('2026-11-27T12:00:00Z'));
}
