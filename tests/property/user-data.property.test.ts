import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addNote } from '../../src/db/notes';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { exportUserData } from '../../src/db/user-data';
import { parseUserData, parseUserDataText, type UserData } from '../../src/db/user-data-schema';
import { createUserEntry } from '../../src/db/user-entries';
import { dismissClaim } from '../../src/settings/dismissals';
import { updateSettings } from '../../src/settings/settings';
import { dumpTables } from '../background/feed-harness';
import { EXTENSION_PAGE, memoryBundle, startTestService } from '../background/kb-service-helpers';
import { freshDb, makeSnapshot } from '../db/helpers';
import { mutatedDocument, namesPlace, prototypeIsClean } from './json-mutations';
import { entrySample } from './shipped-entries';

/** A profile with data of every shape: own entries, notes with text and verified statuses, settings, dismissals. */
async function richExport(): Promise<UserData> {
  fakeBrowser.reset();
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot(entrySample(1), 1), { kind: 'bundled' });
  for (const [i, entry] of entrySample(3).entries()) {
    await createUserEntry(db, { ...entry, id: `own-${i}` }, new Date(`2026-01-0${i + 1}T00:00:00Z`));
  }
  await addNote(db, { entryId: 'own-0', text: 'Rang the agency; waiting for the filing.' });
  await addNote(db, {
    entryId: entrySample(1)[0]!.id,
    verified: { status: 'official', date: '2025-08-07', note: 'Read the signed order.' },
  });
  await addNote(db, { entryId: 'own-1', text: 'Both', verified: { status: 'proposed', date: '2026-02-01' } });
  await updateSettings({
    paused: true,
    disabledSites: ['news.example.com'],
    feedUrl: 'https://kb.example.org/feed.json',
  });
  await dismissClaim(
    { pageUrl: 'https://news.example.com/a', entryId: 'own-0', fingerprint: 's1-0123456789abcdef' },
    new Date('2026-01-03T00:00:00Z'),
  );
  const data = await exportUserData(db, new Date('2026-02-01T00:00:00Z'));
  db.close();
  return data;
}

let exported: UserData;
beforeAll(async () => {
  exported = await richExport();
});

const PROBLEM_LINE = /^(\(root\)|[^:]+): \S/;

describe('user-data import under hostile input', () => {
  it('parseUserData accepts a mutated export only when valid, else names the path of the problem', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedDocument([exported]), ({ doc, mutation }) => {
        const result = parseUserData(doc);
        expect(prototypeIsClean()).toBe(true);
        if (result.ok) return;
        refused++;
        for (const line of result.problems) expect(line).toMatch(PROBLEM_LINE);
        expect(namesPlace(result.problems, mutation), result.problems.slice(0, 5).join(' | ')).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('an invalid import sent to the background changes no table and no setting, and says where', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument([exported]), async ({ doc, mutation }) => {
        const { send, db } = startTestService(memoryBundle(await makeSnapshot([], 1)).bundle);
        await send({ type: 'getKbInfo' });
        const tables = await dumpTables(db);
        const storage = await fakeBrowser.storage.local.get(null);
        for (const type of ['planImport', 'applyImport']) {
          const reply = (await send({ type, data: doc }, EXTENSION_PAGE)) as {
            ok: boolean;
            error?: { code: string; problems?: string[] };
          };
          if (reply.ok) return; // a harmless mutation: a valid import may write
          expect(reply.error?.code).toBe('invalid');
          expect(namesPlace(reply.error?.problems ?? [], mutation, { base: ['data'] })).toBe(true);
        }
        expect(await dumpTables(db)).toEqual(tables);
        expect(await fakeBrowser.storage.local.get(null)).toEqual(storage);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('any file text is refused or read with problems that say where, never an exception', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('', '\uFEFF', '{"format":', '['.repeat(100_000), '{"__proto__":{"polluted":1}}'),
    );
    fc.assert(
      fc.property(text, (content) => {
        const result = parseUserDataText(content);
        expect(prototypeIsClean()).toBe(true);
        expect(result.ok).toBe(false);
        if (!result.ok)
          for (const line of result.problems)
            expect(line).toMatch(/^(\(root\)|not valid JSON|[^:]+): \S|^not valid JSON/);
      }),
      { numRuns: 150 },
    );
  });

  it('a file of a million invalid values is refused with a short list of problems', () => {
    const text = JSON.stringify({ ...exported, userEntries: [] }).replace(
      '"userEntries":[]',
      `"userEntries":[${'0,'.repeat(999_999)}0]`,
    );
    const result = parseUserDataText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeLessThanOrEqual(101);
    expect(result.problems).toEqual([
      'userEntries: a list of 1000000 items; the file holds more than 200000 values, far more than any export',
    ]);
  });

  it('lists the first 100 problems of a file with thousands, and counts the rest', () => {
    const result = parseUserData({ ...exported, notes: Array.from({ length: 5_000 }, () => ({})) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(101);
    expect(result.problems[0]).toMatch(/^notes\[0\]\./);
    expect(result.problems[100]).toMatch(/^\(root\): \d+ more problems not listed$/);
  });
});
