import canonicalize from 'canonicalize';
import { storage } from 'wxt/utils/storage';
import type { StatusmarkDb } from './database';
import type { NoteRecord, UserEntryRecord } from './records';
import { getSettings, settingsItem } from '../settings/settings';
import { dismissalsItem, listDismissals, MAX_DISMISSALS } from '../settings/dismissals';
import { sameClaim, type Dismissal } from '../settings/dismissals-schema';
import type { Settings } from '../settings/settings-schema';
import { USER_DATA_FORMAT, USER_DATA_FORMAT_VERSION, type UserData } from './user-data-schema';

/** Exports every user record: own entries, notes, settings and dismissed claims. */
export async function exportUserData(db: StatusmarkDb, now: Date = new Date()): Promise<UserData> {
  const [userEntries, notes] = await db.transaction('r', db.userEntries, db.entryNotes, () =>
    Promise.all([db.userEntries.toArray(), db.entryNotes.toArray()]),
  );
  return {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    userEntries,
    notes,
    settings: await getSettings(),
    dismissals: await listDismissals(),
  };
}

/** What an import does to one table, by record id. */
export interface TableChanges {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** In the file too, but the stored copy was changed later: the stored one is kept. */
  keptNewer: string[];
}

/** What an import will change; shown to the user before `applyImport`. */
export interface ImportPlan {
  userEntries: TableChanges;
  notes: TableChanges;
  /** Settings whose value the file changes (disabled sites are merged, the rest taken from the file). */
  settings: (keyof Settings)[];
  /** Dismissed claims the file adds. */
  dismissalsAdded: number;
}

const same = (a: unknown, b: unknown) => canonicalize(a) === canonicalize(b);

/**
 * Merge rule for records with the same id: identical → unchanged; otherwise the one
 * changed last wins (the file's on a tie), so an old backup never overwrites newer work.
 */
function mergeTable<T extends { id: string; updatedAt: string }>(stored: T[], incoming: T[]) {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const changes: TableChanges = { added: [], updated: [], unchanged: [], keptNewer: [] };
  const writes: T[] = [];
  for (const record of incoming) {
    const current = byId.get(record.id);
    const verdict: keyof TableChanges = !current
      ? 'added'
      : same(current, record)
        ? 'unchanged'
        : record.updatedAt >= current.updatedAt
          ? 'updated'
          : 'keptNewer';
    changes[verdict].push(record.id);
    if (verdict === 'added' || verdict === 'updated') writes.push(record);
  }
  return { changes, writes };
}

function mergeSettings(current: Settings, incoming: Settings): Settings {
  const disabledSites = [...new Set([...current.disabledSites, ...incoming.disabledSites])].sort();
  return { ...incoming, disabledSites };
}

function mergeDismissals(
  current: Dismissal[],
  incoming: Dismissal[],
): { merged: Dismissal[]; added: number } {
  const fresh = incoming.filter((d) => !current.some((c) => sameClaim(c, d)));
  const merged = [...current, ...fresh].sort((a, b) => a.dismissedAt.localeCompare(b.dismissedAt));
  return { merged: merged.slice(-MAX_DISMISSALS), added: fresh.length };
}

/** The tables' part of a merge: IndexedDB reads only, so it can run inside a transaction. */
async function mergeTables(db: StatusmarkDb, data: UserData) {
  return {
    entries: mergeTable<UserEntryRecord>(await db.userEntries.toArray(), data.userEntries),
    notes: mergeTable<NoteRecord>(await db.entryNotes.toArray(), data.notes),
  };
}

/** The storage.local part of a merge: settings and dismissed claims. */
async function mergeStorage(data: UserData) {
  const currentSettings = await getSettings();
  const settings = mergeSettings(currentSettings, data.settings);
  const dismissals = mergeDismissals(await listDismissals(), data.dismissals);
  const changed = (Object.keys(settings) as (keyof Settings)[]).filter(
    (key) => !same(settings[key], currentSettings[key]),
  );
  return { settings, dismissals: dismissals.merged, changed, dismissalsAdded: dismissals.added };
}

function toPlan(
  tables: Awaited<ReturnType<typeof mergeTables>>,
  stored: Awaited<ReturnType<typeof mergeStorage>>,
): ImportPlan {
  return {
    userEntries: tables.entries.changes,
    notes: tables.notes.changes,
    settings: stored.changed,
    dismissalsAdded: stored.dismissalsAdded,
  };
}

/** What importing `data` (already validated with userDataSchema) would change; writes nothing. */
export async function planImport(db: StatusmarkDb, data: UserData): Promise<ImportPlan> {
  const tables = await db.transaction('r', db.userEntries, db.entryNotes, () => mergeTables(db, data));
  return toPlan(tables, await mergeStorage(data));
}

/**
 * Merges `data` (validated with userDataSchema) into the store. Settings and
 * dismissals are written first in one storage.local call; own entries and notes
 * then in ONE Dexie transaction (merged against the tables as they are inside it).
 * If the transaction fails, storage.local is put back: a failed import leaves
 * everything as it was. Returns what it changed.
 */
export async function applyImport(db: StatusmarkDb, data: UserData): Promise<ImportPlan> {
  const before = { settings: await settingsItem.getValue(), dismissals: await dismissalsItem.getValue() };
  const stored = await mergeStorage(data);
  await storage.setItems([
    { item: settingsItem, value: stored.settings },
    { item: dismissalsItem, value: stored.dismissals },
  ]);
  try {
    const tables = await db.transaction('rw', db.userEntries, db.entryNotes, async () => {
      const merged = await mergeTables(db, data);
      await db.userEntries.bulkPut(merged.entries.writes);
      await db.entryNotes.bulkPut(merged.notes.writes);
      return merged;
    });
    return toPlan(tables, stored);
  } catch (error) {
    await storage.setItems([
      { item: settingsItem, value: before.settings },
      { item: dismissalsItem, value: before.dismissals },
    ]);
    throw error;
  }
}
