import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeedUpdate } from '../../src/background/feed-update-run';
import { createSeeder } from '../../src/background/seeding';
import type { StatusmarkDb } from '../../src/db/database';
import { getKbMeta, getLastFeedCheck } from '../../src/db/kb-info';
import { addNote } from '../../src/db/notes';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { applyImport, exportUserData } from '../../src/db/user-data';
import { createUserEntry } from '../../src/db/user-entries';
import { dismissClaim } from '../../src/settings/dismissals';
import { updateSettings } from '../../src/settings/settings';
import { FEED_URL, feedDeps } from '../background/feed-harness';
import { memoryBundle } from '../background/kb-service-helpers';
import { freshDb, makeEntry, makeSnapshot } from '../db/helpers';
import { feedHost } from '../feed/helpers/fake-fetch';
import { policyEntry, signedFeed } from '../feed/helpers/feed-fixtures';
import { everyTable, quotaExceeded, underQuotaPressure, type QuotaPressure } from './quota-pressure';

/**
 * Storage pressure: the disk or the quota fills up halfway through a write. Whatever
 * was being applied (a feed update, a reseed from the bundle, an import), the
 * database and storage.local must be exactly as before, and the next attempt,
 * once there is room, must work.
 */

let db: StatusmarkDb;
let quota: QuotaPressure;

const SHIPPED = ['example-bill', 'second-bill', 'third-bill'];

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  quota = underQuotaPressure(db);
  // The reader's state: a bundled KB of version 6, own entries, notes, settings and a dismissal.
  await replaceShippedEntries(
    db,
    await makeSnapshot(
      SHIPPED.map((id) => policyEntry(id)),
      6,
    ),
    {
      kind: 'bundled',
    },
  );
  await createUserEntry(db, policyEntry('my-own-entry', 'reported'));
  await createUserEntry(db, policyEntry('my-other-entry', 'official'));
  await addNote(db, { entryId: 'example-bill', text: 'Call the sponsor' });
  await addNote(db, { entryId: 'my-own-entry', verified: { status: 'official', date: '2026-03-01' } });
  await updateSettings({ disabledSites: ['quiet.example.org'] });
  await dismissClaim({
    pageUrl: 'https://news.example.com/a',
    entryId: 'example-bill',
    fingerprint: 's1-ab',
  });
});

async function everything() {
  return { tables: await everyTable(db), storage: await fakeBrowser.storage.local.get(null) };
}
const withoutFeedCheck = (state: Awaited<ReturnType<typeof everything>>) => ({
  ...state,
  tables: {
    ...state.tables,
    meta: state.tables.meta!.filter((row) => (row as { key: string }).key !== 'feedCheck'),
  },
});

describe('a quota error halfway through', () => {
  const newer = () =>
    signedFeed(
      7,
      ['example-bill', 'second-bill', 'third-bill', 'fourth-bill', 'fifth-bill'].map((id) =>
        policyEntry(id, 'official'),
      ),
    );

  it('a feed update leaves the KB in use, own data and storage.local whole, and records why', async () => {
    const before = await everything();
    quota.failOnceAfter(2); // two of the five new entries fit, after the old ones were cleared
    const outcome = await runFeedUpdate(feedDeps(db, feedHost(FEED_URL, await newer())));

    expect(quota.failures).toBe(1);
    expect(outcome).toMatchObject({ checked: true, applied: false });
    expect(withoutFeedCheck(await everything())).toEqual(withoutFeedCheck(before));
    expect(await getLastFeedCheck(db)).toMatchObject({
      result: 'failed',
      reason: expect.stringMatching(
        /^could not store the update \(QuotaExceededError: .*\); the KB in use is unchanged$/,
      ),
    });
  });

  it('a feed update whose check record cannot be written either fails without changing anything', async () => {
    const before = await everything();
    quota.fillUpAfter(0);
    await expect(runFeedUpdate(feedDeps(db, feedHost(FEED_URL, await newer())))).rejects.toThrow(/quota/i);
    expect(await everything()).toEqual(before);
    quota.free();
    expect(await runFeedUpdate(feedDeps(db, feedHost(FEED_URL, await newer())))).toMatchObject({
      applied: true,
    });
    expect((await getKbMeta(db))?.version).toBe(7);
  });

  it('a reseed from a newer bundle leaves the stored KB whole, and the next request seeds', async () => {
    const before = await everything();
    const bundle = await makeSnapshot(
      [...SHIPPED, 'fourth-bill'].map((id) => makeEntry(id)),
      8,
    );
    const seeder = createSeeder({ db, bundled: memoryBundle(bundle).bundle });
    quota.fillUpAfter(1);
    await expect(seeder.ensureSeeded()).rejects.toThrow(/quota/i);
    expect(await everything()).toEqual(before);

    quota.free();
    expect(await seeder.ensureSeeded()).toMatchObject({ applied: true });
    expect(await getKbMeta(db)).toMatchObject({ version: 8, entryCount: 4 });
  });

  it('an import leaves tables, settings and dismissals whole when the database fills up', async () => {
    const incoming = await exportUserData(db);
    incoming.userEntries = [
      ...incoming.userEntries,
      ...['imported-a', 'imported-b'].map((id) => ({
        id,
        entry: policyEntry(id),
        createdAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      })),
    ];
    incoming.notes = [
      ...incoming.notes,
      ...[1, 2, 3].map((n) => ({
        id: `imported-note-${n}`,
        entryId: 'imported-a',
        text: `Imported note ${n}`,
        createdAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      })),
    ];
    incoming.settings = { ...incoming.settings, paused: true, disabledSites: ['other.example.org'] };
    const before = await everything();
    quota.fillUpAfter(3); // both own entries and one note fit, then the notes' write fails
    await expect(applyImport(db, incoming)).rejects.toThrow(/quota/i);
    expect(quota.failures).toBe(1);
    expect(await everything()).toEqual(before);

    quota.free();
    expect((await applyImport(db, incoming)).userEntries.added).toEqual(['imported-a', 'imported-b']);
  });

  it('an import leaves everything whole when storage.local is full', async () => {
    const incoming = await exportUserData(db);
    incoming.settings = { ...incoming.settings, paused: true };
    incoming.userEntries = [
      {
        id: 'imported-a',
        entry: policyEntry('imported-a'),
        createdAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      },
    ];
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quotaExceeded());
    await expect(applyImport(db, incoming)).rejects.toThrow(/quota/i);
    expect(await everything()).toEqual(before);
  });
});
