import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeedUpdate } from '../../src/background/feed-update-run';
import type { StatusmarkDb } from '../../src/db/database';
import { getKbMeta } from '../../src/db/kb-info';
import { addNote, deleteNote, updateNote } from '../../src/db/notes';
import type { NoteRecord, UserEntryRecord } from '../../src/db/records';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { StoreError } from '../../src/db/store-error';
import { applyImport } from '../../src/db/user-data';
import { USER_DATA_FORMAT, USER_DATA_FORMAT_VERSION } from '../../src/db/user-data-schema';
import { createUserEntry, deleteUserEntry, updateUserEntry } from '../../src/db/user-entries';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-schema';
import { generateKeyPair } from '../../src/feed/keys';
import type { Status } from '../../src/kb/schema';
import { freshDb, makeSnapshot } from '../db/helpers';
import { fakeServer } from '../feed/helpers/fake-fetch';
import { feedText, policyEntry, sign, signedFeed, type SignedFeed } from '../feed/helpers/feed-fixtures';
import { FEED_URL, feedDeps } from './feed-harness';

const OWN_IDS = ['own-a', 'own-b', 'own-c'] as const;
const FEED_VARIANTS = [
  'valid',
  'valid-shipping-an-own-id',
  'bad-signature',
  'unknown-key',
  'tampered',
  'older',
  'schema-error',
  'http-500',
  'non-json',
] as const;
type FeedVariant = (typeof FEED_VARIANTS)[number];

const status = fc.constantFrom<Status>('proposed', 'reported', 'official', 'rescinded');
const ownId = fc.constantFrom(...OWN_IDS);
const noteTarget = fc.constantFrom('example-bill', ...OWN_IDS);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);

const op = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('feed' as const),
      variant: fc.constantFrom(...FEED_VARIANTS),
      status,
    }),
  },
  fc.record({ kind: fc.constant('createEntry' as const), id: ownId, status }),
  fc.record({ kind: fc.constant('updateEntry' as const), id: ownId, status }),
  fc.record({ kind: fc.constant('deleteEntry' as const), id: ownId }),
  fc.record({ kind: fc.constant('addNote' as const), entryId: noteTarget, text }),
  fc.record({ kind: fc.constant('updateNote' as const), pick: fc.nat(), text }),
  fc.record({ kind: fc.constant('deleteNote' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('import' as const),
    entries: fc.array(fc.record({ id: ownId, status, age: fc.integer({ min: -5, max: 5 }) }), {
      maxLength: 3,
    }),
    notes: fc.array(
      fc.record({
        entryId: noteTarget,
        text,
        pick: fc.option(fc.nat()),
        age: fc.integer({ min: -5, max: 5 }),
      }),
      { maxLength: 3 },
    ),
  }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** The user's tables as the test expects them: changed only by the user's own actions and imports. */
interface Model {
  entries: Map<string, UserEntryRecord>;
  notes: Map<string, NoteRecord>;
}

let stranger: string;

/** The feed a variant stands for, relative to the version installed now. */
async function feedFor(
  variant: FeedVariant,
  newStatus: Status,
  installed: number,
): Promise<SignedFeed | 'http-500'> {
  const next = installed + 1;
  const bill = policyEntry('example-bill', newStatus);
  switch (variant) {
    case 'valid':
      return signedFeed(next, [bill]);
    case 'valid-shipping-an-own-id':
      return signedFeed(next, [bill, policyEntry('own-a', newStatus)]);
    case 'bad-signature':
      return { ...(await signedFeed(next, [bill])), signature: (await signedFeed(next + 1)).signature };
    case 'unknown-key':
      return sign(await feedText(next, [bill]), stranger);
    case 'tampered': {
      const signed = await signedFeed(next, [bill]);
      return { ...signed, feed: signed.feed.replace('Introduced.', 'Signed into law.') };
    }
    case 'older':
      return signedFeed(installed - 1, [bill]);
    case 'schema-error':
      return sign(
        (await feedText(next, [bill])).replace('"https://example.org/example-bill"', '"javascript:alert(1)"'),
      );
    case 'http-500':
      return 'http-500';
    case 'non-json':
      return sign('<html>Sign in to the Wi-Fi</html>');
  }
}

async function runOp(db: StatusmarkDb, model: Model, step: Op, now: Date): Promise<void> {
  const keep = <T>(work: Promise<T>, onSuccess: (value: T) => void) =>
    work.then(onSuccess, (error: unknown) => {
      // A refused edit (conflict, not found) changes nothing; anything else is a real failure.
      if (!(error instanceof StoreError)) throw error;
    });
  const notes = [...model.notes.values()];
  const pickNote = (pick: number) => notes[pick % Math.max(notes.length, 1)]?.id ?? 'no-such-note';
  switch (step.kind) {
    case 'feed': {
      const installed = (await getKbMeta(db))?.version ?? 1;
      const feed = await feedFor(step.variant, step.status, installed);
      const server = fakeServer({
        [FEED_URL]: () => (feed === 'http-500' ? new Response('', { status: 500 }) : new Response(feed.feed)),
        [`${FEED_URL}.sig`]: () => new Response(feed === 'http-500' ? '' : feed.signature),
      });
      await runFeedUpdate(feedDeps(db, server, { now: () => now }));
      return;
    }
    case 'createEntry':
      return keep(createUserEntry(db, policyEntry(step.id, step.status), now), (r) =>
        model.entries.set(r.id, r),
      );
    case 'updateEntry':
      return keep(updateUserEntry(db, policyEntry(step.id, step.status), now), (r) =>
        model.entries.set(r.id, r),
      );
    case 'deleteEntry':
      return keep(deleteUserEntry(db, step.id), (deleted) => {
        model.entries.delete(deleted.record.id);
        for (const note of deleted.notes) model.notes.delete(note.id);
      });
    case 'addNote':
      return keep(addNote(db, { entryId: step.entryId, text: step.text }, now), (r) =>
        model.notes.set(r.id, r),
      );
    case 'updateNote': {
      const id = pickNote(step.pick);
      const entryId = model.notes.get(id)?.entryId ?? 'example-bill';
      return keep(updateNote(db, id, { entryId, text: step.text }, now), (r) => model.notes.set(r.id, r));
    }
    case 'deleteNote':
      return keep(deleteNote(db, pickNote(step.pick)), (r) => model.notes.delete(r.id));
    case 'import':
      return importFile(db, model, step, now, notes);
  }
}

async function importFile(
  db: StatusmarkDb,
  model: Model,
  step: Extract<Op, { kind: 'import' }>,
  now: Date,
  notes: NoteRecord[],
): Promise<void> {
  const at = (age: number) => new Date(now.getTime() + age * 60_000).toISOString();
  const entries = new Map<string, UserEntryRecord>();
  for (const e of step.entries) {
    entries.set(e.id, {
      id: e.id,
      entry: policyEntry(e.id, e.status),
      createdAt: at(-10),
      updatedAt: at(e.age),
    });
  }
  const fileNotes = new Map<string, NoteRecord>();
  step.notes.forEach((n, i) => {
    const id =
      n.pick === null || notes.length === 0
        ? `imported-${now.getTime()}-${i}`
        : notes[n.pick % notes.length]!.id;
    const entryId = model.notes.get(id)?.entryId ?? n.entryId;
    fileNotes.set(id, { id, entryId, text: n.text, createdAt: at(-10), updatedAt: at(n.age) });
  });
  const plan = await applyImport(db, {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    userEntries: [...entries.values()],
    notes: [...fileNotes.values()],
    settings: { ...DEFAULT_SETTINGS, disabledSites: [] },
    dismissals: [],
  });
  // An import adds or updates what it reports, and leaves every other record as it was.
  for (const id of [...plan.userEntries.added, ...plan.userEntries.updated])
    model.entries.set(id, entries.get(id)!);
  for (const id of [...plan.notes.added, ...plan.notes.updated]) model.notes.set(id, fileNotes.get(id)!);
}

async function expectUserTables(db: StatusmarkDb, model: Model, after: Op): Promise<void> {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const context = `after ${JSON.stringify(after)}`;
  expect(byId(await db.userEntries.toArray()), context).toEqual(byId([...model.entries.values()]));
  expect(byId(await db.entryNotes.toArray()), context).toEqual(byId([...model.notes.values()]));
}

describe('feed updates, imports and own edits in any order', () => {
  it('leave every user entry and note exactly as the user and imports left them', async () => {
    stranger = (await generateKeyPair()).privateKeyPem;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        fakeBrowser.reset();
        const db = freshDb();
        await replaceShippedEntries(db, await makeSnapshot([policyEntry('example-bill')], 10), {
          kind: 'bundled',
        });
        // Something to lose from the start: an own entry and a note on a shipped entry.
        const own = await createUserEntry(
          db,
          policyEntry('own-a', 'reported'),
          new Date('2026-11-27T08:00:00Z'),
        );
        const note = await addNote(db, { entryId: 'example-bill', text: 'Ask the sponsor' });
        const model: Model = { entries: new Map([[own.id, own]]), notes: new Map([[note.id, note]]) };
        for (const [i, step] of ops.entries()) {
          await runOp(db, model, step, new Date(Date.UTC(2026, 10, 28, 8, i)));
          await expectUserTables(db, model, step);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
