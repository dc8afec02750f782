import type { EntryOrigin, NoteRecord, StoredEntry } from '../../db/records';
import type { Entry, Status } from '../../kb/schema';
import { statusSince } from '../../report/status-since';

/**
 * The KB as the user sees it, the way the badges see it (src/background/matcher-service.ts):
 * one entry per id, the user's own winning over a shipped one; a locally verified status
 * counts as an event on its day; and the entry is "local" when it is the user's own or
 * carries a verified status. DOM-free.
 */
export interface KbItem {
  entry: Entry;
  origin: EntryOrigin;
  /** When the user last changed it (own entries). */
  updatedAt?: string;
  notes: NoteRecord[];
  /** Status today (with verified statuses) and since when; null before the first event. */
  status: Status | null;
  since: string | null;
  /** The status comes from the user's own entry or a verified note: shown as "local". */
  local: boolean;
  /** The latest date anything happened to the entry: its last event or verified status. */
  lastChange: string;
}

/** The entry's events with the user's verified statuses joined in, each after same-day KB events. */
export function timelineWithVerified(entry: Entry, notes: readonly NoteRecord[]) {
  const verified = notes.flatMap((n) =>
    n.verified ? [{ date: n.verified.date, status: n.verified.status }] : [],
  );
  const merged = [...entry.events.map((e) => ({ date: e.date, status: e.status })), ...verified];
  // Array.prototype.sort is stable, so a verified status stays after the KB's events of its day.
  return merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function entriesInForce(
  stored: readonly StoredEntry[],
  notes: readonly NoteRecord[],
  today: string,
): KbItem[] {
  const byId = new Map<string, StoredEntry>();
  for (const s of stored) if (!byId.has(s.entry.id) || s.origin === 'local') byId.set(s.entry.id, s);
  const notesById = new Map<string, NoteRecord[]>();
  for (const note of notes) notesById.set(note.entryId, [...(notesById.get(note.entryId) ?? []), note]);
  return [...byId.values()].map(({ entry, origin, updatedAt }) => {
    const own = notesById.get(entry.id) ?? [];
    const events = timelineWithVerified(entry, own);
    const now = statusSince({ events }, today);
    return {
      entry,
      origin,
      ...(updatedAt ? { updatedAt } : {}),
      notes: own,
      status: now?.status ?? null,
      since: now?.since ?? null,
      local: origin === 'local' || own.some((n) => n.verified),
      lastChange: events[events.length - 1]?.date ?? '',
    };
  });
}
