import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyImport, exportUserData, planImport } from '../../src/db/user-data';
import {
  parseUserData,
  parseUserDataText,
  userDataSchema,
  type UserData,
} from '../../src/db/user-data-schema';
import { createUserEntry, listUserEntries, updateUserEntry } from '../../src/db/user-entries';
import { addNote, listNotes } from '../../src/db/notes';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { getSettings, updateSettings } from '../../src/settings/settings';
import { dismissClaim, listDismissals } from '../../src/settings/dismissals';
import { freshDb, makeEntry, makeSnapshot } from './helpers';

beforeEach(() => fakeBrowser.reset());

const claim = { pageUrl: 'https://news.example.com/a', entryId: 'shipped-a', fingerprint: 'f1' };

async function profileWithData() {
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot([makeEntry('shipped-a')], 1), { kind: 'bundled' });
  await createUserEntry(db, makeEntry('local-a'), new Date('2026-01-01T00:00:00Z'));
  await addNote(db, {
    entryId: 'shipped-a',
    text: 'rang the agency',
    verified: { status: 'official', date: '2026-01-02' },
  });
  await updateSettings({ paused: true, disabledSites: ['news.example.com'] });
  await dismissClaim(claim, new Date('2026-01-03T00:00:00Z'));
  return db;
}

const withoutExportTime = ({ exportedAt: _e, ...rest }: UserData) => rest;

describe('user-data export', () => {
  it('exports own entries, notes, settings and dismissals in the versioned format', async () => {
    const data = await exportUserData(await profileWithData(), new Date('2026-02-01T00:00:00Z'));
    expect(userDataSchema.parse(data)).toEqual(data);
    expect(data).toMatchObject({
      format: 'statusmark-user-data',
      formatVersion: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
      userEntries: [{ id: 'local-a' }],
      notes: [{ entryId: 'shipped-a', text: 'rang the agency' }],
      settings: { paused: true, disabledSites: ['news.example.com'], feedUrl: '' },
      dismissals: [{ ...claim, dismissedAt: '2026-01-03T00:00:00.000Z' }],
    });
  });

  it('imports into an empty profile and everything is back, field by field', async () => {
    const exported = await exportUserData(await profileWithData());
    const text = JSON.stringify(exported);
    fakeBrowser.reset();
    const fresh = freshDb();

    const parsed = parseUserDataText(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const plan = await applyImport(fresh, parsed.data);

    expect(plan.userEntries.added).toEqual(['local-a']);
    expect(plan.dismissalsAdded).toBe(1);
    expect(withoutExportTime(await exportUserData(fresh))).toEqual(withoutExportTime(exported));
  });
});

describe('user-data import merge', () => {
  it('plans without writing, and keeps a stored record that was changed after the file', async () => {
    const db = await profileWithData();
    const file = await exportUserData(db);
    await updateUserEntry(
      db,
      makeEntry('local-a', { title: 'Edited after the backup' }),
      new Date('2030-01-01T00:00:00Z'),
    );
    const newer = { ...file.userEntries[0]!, id: 'local-b', entry: makeEntry('local-b') };
    const data = {
      ...file,
      userEntries: [...file.userEntries, newer],
      settings: { ...file.settings, paused: false },
    };

    const plan = await planImport(db, data);
    expect(plan).toEqual({
      userEntries: { added: ['local-b'], updated: [], unchanged: [], keptNewer: ['local-a'] },
      notes: { added: [], updated: [], unchanged: [file.notes[0]!.id], keptNewer: [] },
      settings: ['paused'],
      dismissalsAdded: 0,
    });
    expect((await listUserEntries(db)).map((r) => r.id)).toEqual(['local-a']);
    expect((await getSettings()).paused).toBe(true);

    await applyImport(db, data);
    const entries = await listUserEntries(db);
    expect(entries.map((r) => [r.id, r.entry.title])).toEqual([
      ['local-a', 'Edited after the backup'],
      ['local-b', 'Entry local-b'],
    ]);
    expect((await getSettings()).paused).toBe(false);
  });

  it('merges disabled sites and dismissals instead of dropping the stored ones', async () => {
    const db = await profileWithData();
    const file = await exportUserData(db);
    await updateSettings({ disabledSites: ['blog.example.org'] });
    await applyImport(db, file);
    expect((await getSettings()).disabledSites).toEqual(['blog.example.org', 'news.example.com']);
    expect(await listDismissals()).toHaveLength(1);
  });

  it('leaves every table and setting as it was when the write fails', async () => {
    const db = await profileWithData();
    const file = await exportUserData(db);
    const storedBefore = await exportUserData(db);
    // A record IndexedDB cannot clone makes the transaction fail after storage.local was written.
    const poisoned = {
      ...file,
      settings: { ...file.settings, paused: false, feedUrl: 'https://kb.example.org/feed.json' },
      notes: [...file.notes, { ...file.notes[0]!, id: 'poison', text: (() => 'x') as unknown as string }],
    };
    await expect(applyImport(db, poisoned)).rejects.toThrow();
    expect(withoutExportTime(await exportUserData(db))).toEqual(withoutExportTime(storedBefore));
    expect(await listNotes(db)).toEqual(file.notes);
  });
});

describe('user-data validation', () => {
  it('lists every problem with its path', async () => {
    const file = await exportUserData(await profileWithData());
    const bad = structuredClone(file) as unknown as Record<string, unknown> & typeof file;
    bad.formatVersion = 2 as 1;
    bad.userEntries[0]!.entry.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    bad.notes.push({ ...bad.notes[0]! });
    bad.dismissals[0]!.pageUrl = 'javascript:void(0)';
    const result = parseUserData(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^formatVersion: expected formatVersion 1/),
      expect.stringMatching(
        /^userEntries\[0\]\.entry\.events\[0\]\.sources\[0\]\.url: expected an https URL/,
      ),
      expect.stringMatching(/^dismissals\[0\]\.pageUrl: expected an http\(s\) page URL without query/),
    ]);
  });

  it('reports duplicate ids once the records themselves are valid', async () => {
    const file = await exportUserData(await profileWithData());
    const result = parseUserData({ ...file, notes: [file.notes[0], file.notes[0]] });
    expect(!result.ok && result.problems).toEqual([
      `notes[1].id: duplicate id "${file.notes[0]!.id}" (first used by notes[0])`,
    ]);
  });

  it('says where a file stops being JSON, and refuses a file over the size cap', () => {
    expect(parseUserDataText('{\n  "format": "statusmark-user-data",,\n}')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^not valid JSON at line 2, column 36: unexpected ","/)],
    });
    const huge = `{"pad": "${'x'.repeat(11 * 1024 * 1024)}"}`;
    expect(parseUserDataText(huge)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^\(root\): the file is 11\.0 MB; user-data files are at most 10 MB/)],
    });
  });
});
