import type { browser } from 'wxt/browser';
import type { StatusmarkDb } from '../db/database';
import { listEntries } from '../db/kb-entries';
import { getKbMeta } from '../db/kb-info';
import { listNotes } from '../db/notes';
import type { NoteRecord, StoredEntry, UserEntryRecord } from '../db/records';
import { prepareMatcher } from '../detect/prepare-matcher';
import type { Entry } from '../kb/schema';
import { splitPageMatcher, type MatcherDelivery } from '../messaging/matcher-parts';
import {
  MATCHER_PORT,
  MATCHER_REST_PORT,
  type MatcherReply,
  type PageMatcher,
  type RestReply,
} from '../messaging/matcher-port';
import { matcherRestRequestSchema } from '../messaging/protocol';

type RuntimeApi = { runtime: Pick<typeof browser.runtime, 'onConnect'> };

interface MatcherServiceDeps {
  db: StatusmarkDb;
  ensureSeeded(): Promise<unknown>;
  /** The most base64 one port message carries (DATA_PIECE_CHARS unless set). */
  pieceChars?: number;
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

/** The page matcher and the key of the state it was prepared from. */
export interface KeyedMatcher {
  key: string;
  value: PageMatcher;
}

/**
 * Prepares the page matcher from the KB, the reader's own entries (which win over a
 * shipped entry with the same id) and their verified statuses. Preparation is the one
 * costly step, so its result is kept until any of those change.
 */
export function createMatcherService({ db, ensureSeeded }: MatcherServiceDeps) {
  let cached: KeyedMatcher | null = null;
  return async function pageMatcher(): Promise<KeyedMatcher> {
    await ensureSeeded();
    const [own, notes, meta] = await Promise.all([db.userEntries.toArray(), listNotes(db), getKbMeta(db)]);
    const key = stateKey(meta?.version, meta?.hash, own, notes);
    if (cached?.key === key) return cached;
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
    return cached;
  };
}

const failure = (error: unknown) => ({
  ok: false as const,
  error: error instanceof Error ? error.message : String(error),
});

function postAll(port: { postMessage(message: unknown): void }, messages: readonly unknown[]): void {
  try {
    for (const message of messages) port.postMessage(message);
  } catch {
    // The page went away before the answer.
  }
}

/** A matcher as the background sent it: its key, and its parts for the first answer and the rest. */
interface CutMatcher {
  key: string;
  delivery: MatcherDelivery;
}

/**
 * Answers each page's matcher request: the matcher and the parts every page gets, with
 * the key to ask for the rest by; and, on the rest port, the rest of the matcher a key
 * names, or a refusal when that matcher is neither the one last sent nor the KB's current
 * one (a restarted worker, after a change: the page then asks for a whole new matcher).
 * Register at the background's top level.
 */
export function registerMatcherService(api: RuntimeApi, deps: MatcherServiceDeps): void {
  const pageMatcher = createMatcherService(deps);
  const cut = ({ key, value }: KeyedMatcher): CutMatcher => ({
    key,
    delivery: splitPageMatcher(value, deps.pieceChars),
  });
  // The matcher last sent, cut into its deliveries: a page asks for its rest by its key
  // moments later. Its rest is the rest of what the page has whether or not the KB changed
  // since (a change reaches the page as kbChanged), so it is sent without reading the
  // database again, or cutting the matcher again. Another key is answered only if it is
  // the KB's current matcher (a restarted worker); null otherwise.
  let sent: CutMatcher | null = null;
  const deliveryOf = async (key: string): Promise<MatcherDelivery | null> => {
    if (sent?.key === key) return sent.delivery;
    const current = await pageMatcher();
    return current.key === key ? cut(current).delivery : null;
  };
  api.runtime.onConnect.addListener((port) => {
    if (port.name === MATCHER_PORT) {
      void pageMatcher().then(
        (keyed) => {
          // Cut once per matcher, not per page: a small one is written out to see if it fits a message.
          if (sent?.key !== keyed.key) sent = cut(keyed);
          const { first, now, later } = sent.delivery;
          const reply: MatcherReply = {
            ok: true,
            value: later.length > 0 ? { ...first, rest: keyed.key } : first,
            parts: now.length,
          };
          postAll(port, [reply, ...now]);
        },
        (error: unknown) => postAll(port, [failure(error)]),
      );
    } else if (port.name === MATCHER_REST_PORT) {
      port.onMessage.addListener((message: unknown) => {
        const request = matcherRestRequestSchema.safeParse(message);
        if (!request.success) return postAll(port, [failure("not a request for a matcher's rest")]);
        const { rest: wanted } = request.data;
        void deliveryOf(wanted).then(
          (delivery) => {
            if (!delivery)
              return postAll(port, [failure('the knowledge base changed since this matcher was prepared')]);
            const { later } = delivery;
            postAll(port, [{ ok: true, parts: later.length } satisfies RestReply, ...later]);
          },
          (error: unknown) => postAll(port, [failure(error)]),
        );
      });
    }
  });
}
