import type { browser } from 'wxt/browser';
import type { StatusmarkDb } from '../db/database';
import { listEntries } from '../db/kb-entries';
import { getKbMeta } from '../db/kb-info';
import { listNotes } from '../db/notes';
import type { NoteRecord, StoredEntry, UserEntryRecord } from '../db/records';
import { prepareMatcher } from '../detect/prepare-matcher';
import type { Entry } from '../kb/schema';
import { splitPageMatcher, type MatcherPart } from '../messaging/matcher-parts';
import { MATCHER_PORT, type MatcherReply, type PageMatcher } from '../messaging/matcher-port';

type RuntimeApi = { runtime: Pick<typeof browser.runtime, 'onConnect'> };

interface MatcherServiceDeps {
  db: StatusmarkDb;
  ensureSeeded(): Promise<unknown>;
}

/** A reader-verified status joins the entry's timeline as an event on its day. */
function withVerifiedStatuses(entry: Entry, notes: readonly NoteRecord[]): Entry {
  const verified = notes.flatMap((note) => (note.verified ? [note.verified] : []));
  if (verified.length === 0) return entry;
  const events = [
    ...entry.events,
    ...verified.map((v) => ({
      date: v.date,
      status: v.status,
      summary: v.note ?? 'Verified by the reader',
      sources: [],
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...entry, events };
}

/**
 * Everything that changes the matcher, as one string: the cache's key. The shipped
 * entries change only together with the KB meta row (one transaction, see
 * src/db/replace-shipped.ts), so its version and hash stand for them: checking the key
 * reads the reader's own entries and notes (a few) but not the KB (up to thousands).
 */
function stateKey(
  version: unknown,
  hash: unknown,
  own: readonly UserEntryRecord[],
  notes: readonly NoteRecord[],
) {
  const owned = own.map((record) => `${record.id}@${record.updatedAt}`);
  const verified = notes.filter((n) => n.verified).map((n) => `${n.id}@${n.updatedAt}`);
  return JSON.stringify([version, hash, owned, verified]);
}

/**
 * Prepares the page matcher from the KB, the reader's own entries (which win over a
 * shipped entry with the same id) and their verified statuses. Preparation is the one
 * costly step, so its result is kept until any of those change.
 */
export function createMatcherService({ db, ensureSeeded }: MatcherServiceDeps) {
  let cached: { key: string; value: PageMatcher } | null = null;
  return async function pageMatcher(): Promise<PageMatcher> {
    await ensureSeeded();
    const [own, notes, meta] = await Promise.all([db.userEntries.toArray(), listNotes(db), getKbMeta(db)]);
    const key = stateKey(meta?.version, meta?.hash, own, notes);
    if (cached?.key === key) return cached.value;
    const stored = await listEntries(db);
    const byId = new Map<string, StoredEntry>();
    for (const s of stored) if (!byId.has(s.entry.id) || s.origin === 'local') byId.set(s.entry.id, s);
    const local = new Set<string>();
    const entries = [...byId.values()].map(({ entry, origin }) => {
      const own = notes.filter((n) => n.entryId === entry.id);
      if (origin === 'local' || own.some((n) => n.verified)) local.add(entry.id);
      return withVerifiedStatuses(entry, own);
    });
    const value: PageMatcher = {
      prepared: prepareMatcher(entries),
      localEntryIds: [...local],
      kbVersion: meta?.version ?? null,
    };
    cached = { key, value };
    return value;
  };
}

/** Answers each page's one matcher request; register at the background's top level. */
export function registerMatcherService(api: RuntimeApi, deps: MatcherServiceDeps): void {
  const pageMatcher = createMatcherService(deps);
  api.runtime.onConnect.addListener((port) => {
    if (port.name !== MATCHER_PORT) return;
    void pageMatcher()
      .then(
        (value): (MatcherReply | MatcherPart)[] => {
          const { first, rest } = splitPageMatcher(value);
          return [{ ok: true, value: first, parts: rest.length }, ...rest];
        },
        (error: unknown): MatcherReply[] => [
          { ok: false, error: error instanceof Error ? error.message : String(error) },
        ],
      )
      .then((messages) => {
        try {
          for (const message of messages) port.postMessage(message);
        } catch {
          // The page went away before the answer.
        }
      });
  });
}
