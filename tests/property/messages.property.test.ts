import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isClaimCountMessage } from '../../src/messaging/claim-count-port';
import { isMatcherPart } from '../../src/messaging/matcher-parts';
import { isMatcherReply } from '../../src/messaging/matcher-port';
import { pageRequestSchema, WRITE_REQUEST_TYPES } from '../../src/messaging/page-protocol';
import {
  contentRequestSchema,
  kbChangedSchema,
  pageClaimsSchema,
  tabRequestSchema,
} from '../../src/messaging/protocol';
import { dumpTables } from '../background/feed-harness';
import {
  CONTENT_SCRIPT,
  EXTENSION_PAGE,
  memoryBundle,
  startTestService,
} from '../background/kb-service-helpers';
import { makeEntry, makeSnapshot } from '../db/helpers';
import { mutatedDocument, namesPlace, prototypeIsClean } from './json-mutations';

/** One valid message of every request type the background knows (reads and writes). */
const note = {
  id: 'n-1',
  entryId: 'shipped-a',
  text: 'Hostile?',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const record = {
  id: 'local-a',
  entry: makeEntry('local-a'),
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const userData = {
  format: 'statusmark-user-data',
  formatVersion: 1,
  exportedAt: '2026-01-01T00:00:00Z',
  userEntries: [record],
  notes: [note],
  settings: { paused: false, disabledSites: [], feedUrl: '' },
  dismissals: [],
};
const VALID_MESSAGES: unknown[] = [
  { type: 'getEntry', id: 'shipped-a', origin: 'shipped' },
  { type: 'getKbInfo' },
  { type: 'listEntries' },
  { type: 'listNotes', entryId: 'shipped-a' },
  { type: 'exportUserData' },
  { type: 'planImport', data: userData },
  { type: 'createUserEntry', entry: makeEntry('local-a') },
  { type: 'updateUserEntry', entry: makeEntry('local-a') },
  { type: 'deleteUserEntry', id: 'local-a' },
  { type: 'restoreUserEntry', deleted: { record, notes: [note] } },
  { type: 'addNote', note: { entryId: 'shipped-a', text: 'From a page' } },
  { type: 'updateNote', id: 'n-1', note: { entryId: 'shipped-a', text: 'Changed' } },
  { type: 'deleteNote', id: 'n-1' },
  { type: 'restoreNote', note },
  { type: 'applyImport', data: userData },
  { type: 'checkFeedNow' },
];

const STRANGERS: Browser.runtime.MessageSender[] = [
  { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
  { url: 'https://evil.example/' },
  { id: EXTENSION_PAGE.id, url: 'file:///home/reader/page.html', tab: CONTENT_SCRIPT.tab! },
  { id: EXTENSION_PAGE.id, url: 'chrome-extension://another-extension/page.html' },
  { id: EXTENSION_PAGE.id },
];

/** Anything a message could be after structured cloning: mutated requests, random JSON, odd values. */
const anyMessage = fc.oneof(
  { weight: 3, arbitrary: mutatedDocument(VALID_MESSAGES).map((m) => m.doc) },
  fc.constantFrom(...VALID_MESSAGES),
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(undefined, null, 'getKbInfo', 42, [], { type: 'getKbInfo', __proto__: { isAdmin: true } }),
);

type Reply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; problems?: string[] } };

async function service() {
  const started = startTestService(memoryBundle(await makeSnapshot([makeEntry('shipped-a')], 1)).bundle);
  await started.send({ type: 'getKbInfo' }); // seeded before the tables are compared
  return started;
}

describe('the background router under hostile messages', () => {
  it('a content script can read but never change any table, whatever it sends', async () => {
    const { send, db } = await service();
    const before = await dumpTables(db);
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const reply = (await send(message, CONTENT_SCRIPT)) as Reply;
        expect(typeof reply.ok).toBe('boolean');
        const type = (message as { type?: unknown } | null)?.type;
        if (typeof type === 'string' && WRITE_REQUEST_TYPES.has(type as never)) {
          expect(reply).toMatchObject({ ok: false, error: { code: 'refused' } });
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a sender that is neither our page nor our content script is refused, whatever it sends', async () => {
    const { send, db } = await service();
    const before = await dumpTables(db);
    await fc.assert(
      fc.asyncProperty(anyMessage, fc.constantFrom(...STRANGERS), async (message, sender) => {
        expect(await send(message, sender)).toEqual({
          ok: false,
          error: { code: 'refused', message: 'Statusmark answers only its own pages and content scripts' },
        });
      }),
      { numRuns: 200 },
    );
    expect(await dumpTables(db)).toEqual(before);
  });

  it("our own pages' invalid requests are answered with problems that name the path", async () => {
    const { send } = await service();
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(mutatedDocument(VALID_MESSAGES), async ({ doc, mutation }) => {
        const reply = (await send(doc, EXTENSION_PAGE)) as Reply;
        expect(typeof reply.ok).toBe('boolean');
        if (reply.ok || reply.error.code !== 'invalid') return;
        invalid++;
        expect(namesPlace(reply.error.problems ?? [], mutation), reply.error.problems?.join(' | ')).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
    expect(invalid).toBeGreaterThan(100);
  });
});

describe('every message schema and hand check under hostile values', () => {
  const schemas = {
    contentRequestSchema,
    pageRequestSchema,
    tabRequestSchema,
    pageClaimsSchema,
    kbChangedSchema,
  };
  it.each(Object.entries(schemas))(
    '%s answers every value with a result, never an exception',
    (_name, schema) => {
      fc.assert(
        fc.property(fc.oneof(anyMessage, fc.anything()), (value) => {
          const parsed = schema.safeParse(value);
          expect(typeof parsed.success).toBe('boolean');
          if (!parsed.success)
            for (const issue of parsed.error.issues) expect(Array.isArray(issue.path)).toBe(true);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('the content side checks the matcher reply, its parts and the claim count by hand without ever throwing', () => {
    fc.assert(
      fc.property(fc.oneof(anyMessage, fc.anything()), (value) => {
        expect(typeof isMatcherReply(value)).toBe('boolean');
        expect(typeof isMatcherPart(value)).toBe('boolean');
        expect(typeof isClaimCountMessage(value)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(isClaimCountMessage({ count: 1e9 })).toBe(false);
    expect(isClaimCountMessage({ count: -1 })).toBe(false);
    expect(isClaimCountMessage({ count: 3 })).toBe(true);
  });
});
