import { describe, expect, it, vi } from 'vitest';
import { createMatcherService, registerMatcherService } from '../../src/background/matcher-service';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { addNote } from '../../src/db/notes';
import { loadMatcher } from '../../src/detect/load-matcher';
import { freshDb, makeEntry, makeSnapshot } from '../db/helpers';
import { EntryTable } from '../../src/detect/entry-table';
import { joinPageMatcher, type MatcherPart } from '../../src/messaging/matcher-parts';
import {
  MATCHER_PORT,
  MATCHER_REST_PORT,
  type MatcherReply,
  type PageMatcher,
  type RestReply,
} from '../../src/messaging/matcher-port';

async function setup() {
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot([makeEntry('alpha'), makeEntry('beta')], 7), {
    kind: 'bundled',
  });
  let seeded = 0;
  const keyed = createMatcherService({ db, ensureSeeded: async () => seeded++ });
  const pageMatcher = async () => (await keyed()).value;
  return { db, pageMatcher, keyed, seeded: () => seeded };
}

/** The entry ids a page matcher carries, read as the engine reads them. */
const idsOf = (page: PageMatcher): string[] => {
  const table = new EntryTable(page.prepared.entries);
  return Array.from({ length: table.length }, (_, index) => table.at(index)!.id);
};

describe('page matcher service', () => {
  it('prepares one matcher from the KB that a page can load, with the KB version', async () => {
    const { pageMatcher, seeded } = await setup();
    const page = await pageMatcher();
    expect(seeded()).toBe(1);
    expect(page.kbVersion).toBe(7);
    expect(page.localEntryIds).toEqual([]);
    const matcher = loadMatcher(JSON.parse(JSON.stringify(page.prepared)));
    expect([0, 1].map((i) => matcher.entries.at(i)?.id).sort()).toEqual(['alpha', 'beta']);
  });

  it('prepares once and reuses it while nothing changed, without reading the KB again', async () => {
    const { db, pageMatcher } = await setup();
    const first = await pageMatcher();
    const reads = vi.spyOn(db.shippedEntries, 'toArray');
    expect(await pageMatcher()).toBe(first);
    expect(reads).not.toHaveBeenCalled();
  });

  it('prepares again after a KB update replaced the shipped entries', async () => {
    const { db, pageMatcher } = await setup();
    const before = await pageMatcher();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('alpha'), makeEntry('delta')], 8), {
      kind: 'bundled',
    });
    const after = await pageMatcher();
    expect(after.kbVersion).toBe(8);
    expect(idsOf(after).sort()).toEqual(['alpha', 'delta']);
    expect(idsOf(before).sort()).toEqual(['alpha', 'beta']);
  });

  it('prepares again after the reader adds an own entry, marked local', async () => {
    const { db, pageMatcher } = await setup();
    const before = await pageMatcher();
    await createUserEntry(db, makeEntry('gamma'));
    const after = await pageMatcher();
    expect(after).not.toBe(before);
    expect(after.localEntryIds).toEqual(['gamma']);
    expect(idsOf(after)).toContain('gamma');
  });

  it("puts the reader's verified status on the entry's timeline and marks it local", async () => {
    const { db, pageMatcher } = await setup();
    await addNote(db, { entryId: 'alpha', verified: { status: 'official', date: '2025-09-01' } });
    const page = await pageMatcher();
    const alpha = new EntryTable(page.prepared.entries).get('alpha');
    expect(alpha?.timeline).toEqual([
      ['2025-07-17', 'proposed'],
      ['2025-09-01', 'official'],
    ]);
    expect(page.localEntryIds).toEqual(['alpha']);
  });
});

type Listener = (message: unknown) => void;
/** A runtime whose onConnect hands the service ports that record what it posts. */
function fakeRuntime() {
  let connect: ((port: unknown) => void) | null = null;
  const api = { runtime: { onConnect: { addListener: (fn: (port: unknown) => void) => (connect = fn) } } };
  const open = (name: string) => {
    const posted: unknown[] = [];
    // What the service handed the port, before the port copied it.
    const handed: unknown[] = [];
    const listeners: Listener[] = [];
    connect!({
      name,
      postMessage: (message: unknown) => {
        handed.push(message);
        posted.push(JSON.parse(JSON.stringify(message)));
      },
      onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
    });
    return { posted, handed, send: (message: unknown) => listeners.forEach((fn) => fn(message)) };
  };
  return { api: api as unknown as Parameters<typeof registerMatcherService>[0], open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A background serving `db` (pieces of `pieceChars`), and the first delivery a page gets from it. */
async function firstDelivery(db: Parameters<typeof createMatcherService>[0]['db'], pieceChars?: number) {
  const { api, open } = fakeRuntime();
  registerMatcherService(api, { db, ensureSeeded: async () => {}, ...(pieceChars && { pieceChars }) });
  const port = open(MATCHER_PORT);
  await settle();
  const [reply, ...now] = port.posted as [MatcherReply, ...MatcherPart[]];
  if (!reply.ok) throw new Error(reply.error);
  return { open, reply, now, messages: port.posted.length };
}

/** Asks a background for the rest of a matcher by its key. */
async function askRest(open: ReturnType<typeof fakeRuntime>['open'], request: unknown) {
  const port = open(MATCHER_REST_PORT);
  port.send(request);
  await settle();
  const [answer, ...later] = port.posted as [RestReply, ...MatcherPart[]];
  return { answer, later };
}

describe('the matcher ports', () => {
  it('sends a small matcher whole, with nothing to ask for later', async () => {
    const { db } = await setup();
    const { reply, messages } = await firstDelivery(db);
    expect(messages).toBe(1);
    expect(reply).toMatchObject({ ok: true, parts: 0 });
    expect(reply.value.rest).toBeUndefined();
  });

  it('sends a large matcher\u2019s automaton at once, and the rest to a page that names it by its key', async () => {
    const { db } = await setup();
    const { open, reply, now } = await firstDelivery(db, 64);
    expect(reply.value.rest).toEqual(expect.any(String));
    expect(now).toHaveLength(reply.parts!);
    const { answer, later } = await askRest(open, { rest: reply.value.rest });
    expect(answer).toEqual({ ok: true, parts: later.length });
    const page = joinPageMatcher(joinPageMatcher(reply.value, now), later);
    expect(idsOf(page).sort()).toEqual(['alpha', 'beta']);
    expect(loadMatcher(page.prepared).entries.length).toBe(2);
  });

  it('cuts a matcher into its parts once for all the pages that get it, and again once the KB changed', async () => {
    const { db } = await setup();
    const { api, open } = fakeRuntime();
    registerMatcherService(api, { db, ensureSeeded: async () => {}, pieceChars: 64 });
    const pages = [open(MATCHER_PORT), open(MATCHER_PORT)];
    await settle();
    const [one, two] = pages.map((page) => page.handed);
    expect(one!.length).toBeGreaterThan(1);
    // The same pieces, not pieces cut again.
    expect(two!.slice(1)).toEqual(one!.slice(1));
    two!.slice(1).forEach((piece, i) => expect(piece).toBe(one![i + 1]));
    await createUserEntry(db, makeEntry('gamma'));
    const after = open(MATCHER_PORT);
    await settle();
    expect(after.handed[1]).not.toBe(one![1]);
    const [reply, ...now] = after.posted as [MatcherReply, ...MatcherPart[]];
    if (!reply.ok) throw new Error(reply.error);
    const { later } = await askRest(open, { rest: reply.value.rest });
    expect(idsOf(joinPageMatcher(joinPageMatcher(reply.value, now), later)).sort()).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
  });

  it('sends the rest of the matcher a page has from memory, even once the KB changed (the page hears of that apart)', async () => {
    const { db } = await setup();
    const { open, reply, now } = await firstDelivery(db, 64);
    await createUserEntry(db, makeEntry('gamma'));
    const reads = vi.spyOn(db.userEntries, 'toArray');
    const { later } = await askRest(open, { rest: reply.value.rest });
    expect(reads).not.toHaveBeenCalled();
    const page = joinPageMatcher(joinPageMatcher(reply.value, now), later);
    expect(idsOf(page).sort()).toEqual(['alpha', 'beta']);
  });

  it('refuses the rest of a matcher it no longer holds and the KB has moved past, and a message that asks for nothing', async () => {
    const { db } = await setup();
    const { reply } = await firstDelivery(db, 64);
    await createUserEntry(db, makeEntry('gamma'));
    // A restarted background worker: nothing in memory.
    const { open } = await firstDelivery(db, 64);
    expect((await askRest(open, { rest: reply.value.rest })).answer).toEqual({
      ok: false,
      error: 'the knowledge base changed since this matcher was prepared',
    });
    expect((await askRest(open, { give: 'everything' })).answer).toEqual({
      ok: false,
      error: "not a request for a matcher's rest",
    });
  });
});
