import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeedUpdate } from '../../src/background/feed-update-run';
import type { StatusmarkDb } from '../../src/db/database';
import { getKbMeta, getLastFeedCheck } from '../../src/db/kb-info';
import { addNote } from '../../src/db/notes';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { generateKeyPair } from '../../src/feed/keys';
import { freshDb, makeSnapshot } from '../db/helpers';
import {
  afterRedirectTo,
  endlessBody,
  fakeServer,
  feedHost,
  type FakeRoute,
} from '../feed/helpers/fake-fetch';
import { feedText, policyEntry, sign, signedFeed, type SignedFeed } from '../feed/helpers/feed-fixtures';
import { dumpTables, FEED_URL, feedDeps } from './feed-harness';

const host = (signed: SignedFeed, feedRoute?: FakeRoute) => feedHost(FEED_URL, signed, feedRoute);

let db: StatusmarkDb;

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  // The bundled KB (version 6, the bill only proposed), one own entry and one note.
  await replaceShippedEntries(db, await makeSnapshot([policyEntry('example-bill')], 6), { kind: 'bundled' });
  await createUserEntry(db, policyEntry('my-own-entry', 'reported'));
  await addNote(db, { entryId: 'example-bill', text: 'Call the sponsor' });
});

describe('runFeedUpdate', () => {
  it('applies a newer signed feed: the entry turns official, own entries and notes stay', async () => {
    const before = await dumpTables(db);
    const outcome = await runFeedUpdate(
      feedDeps(db, host(await signedFeed(7, [policyEntry('example-bill', 'official')]))),
    );
    expect(outcome).toMatchObject({ checked: true, applied: true });
    const after = await dumpTables(db);
    expect(after.shipped[0]?.events[0]?.status).toBe('official');
    expect(after.userEntries).toEqual(before.userEntries);
    expect(after.notes).toEqual(before.notes);
    expect(await getKbMeta(db)).toMatchObject({ version: 7, source: 'feed', sourceUrl: FEED_URL });
    expect(await getLastFeedCheck(db)).toEqual({
      key: 'feedCheck',
      time: '2026-11-28T08:00:00.000Z',
      url: FEED_URL,
      result: 'applied',
      reason: 'applied version 7 (1 entry), signed by key 0f9430bcfc5a5183',
    });
  });

  it('asks conditionally next time and records "not modified" without touching the tables', async () => {
    const server = host(await signedFeed(7));
    await runFeedUpdate(feedDeps(db, server));
    const afterFirst = await dumpTables(db);
    await runFeedUpdate(feedDeps(db, server));
    expect(server.requests.at(-1)?.headers.get('if-none-match')).toBe('"v1"');
    expect(await dumpTables(db)).toEqual(afterFirst);
    expect(await getLastFeedCheck(db)).toMatchObject({
      result: 'up-to-date',
      reason: 'not modified since the last check',
    });
  });

  it('does not check, nor record anything, when no feed is configured', async () => {
    const server = host(await signedFeed(7));
    const outcome = await runFeedUpdate(feedDeps(db, server, { feedUrl: '' }));
    expect(outcome).toEqual({ checked: false, reason: 'no feed configured: the bundled KB is used' });
    expect(server.requests).toHaveLength(0);
    expect(await getLastFeedCheck(db)).toBeUndefined();
  });

  it('suggests allowing the feed host when it cannot be reached and access was not granted', async () => {
    const server = fakeServer({
      [FEED_URL]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await runFeedUpdate(feedDeps(db, server, { hasHostPermission: async () => false }));
    expect(await getLastFeedCheck(db)).toMatchObject({
      result: 'failed',
      reason: `could not reach ${FEED_URL}: Failed to fetch (Statusmark may not access kb.example.org: allowing it in Options may help)`,
    });
  });

  it('keeps the KB whole when storing the update fails (quota), and says so', async () => {
    const before = await dumpTables(db);
    // The write inside the transaction fails as IndexedDB does when the disk is full.
    Object.assign(db.shippedEntries, {
      bulkPut: () => Promise.reject(new DOMException('disk is full', 'QuotaExceededError')),
    });
    await runFeedUpdate(feedDeps(db, host(await signedFeed(7))));
    expect(await dumpTables(db)).toEqual(before);
    expect(await getLastFeedCheck(db)).toMatchObject({
      result: 'failed',
      reason: expect.stringMatching(
        /^could not store the update \(.*QuotaExceededError.*\); the KB in use is unchanged$/,
      ),
    });
  });

  it('refuses the feed when a newer KB was stored while it downloaded', async () => {
    const signed = await signedFeed(7);
    const server = host(signed, async () => {
      await replaceShippedEntries(db, await makeSnapshot([policyEntry('example-bill')], 8), {
        kind: 'bundled',
      });
      return new Response(signed.feed);
    });
    await runFeedUpdate(feedDeps(db, server));
    expect(await getKbMeta(db)).toMatchObject({ version: 8, source: 'bundled' });
    expect(await getLastFeedCheck(db)).toMatchObject({
      result: 'rejected',
      reason: 'version 7 is older than the installed version 8: downgrade refused',
    });
  });
});

describe('runFeedUpdate: a rejected feed changes no table and records why', () => {
  const cases: [string, () => Promise<ReturnType<typeof host>>, 'rejected' | 'failed', RegExp][] = [
    [
      'bad signature',
      async () => host({ ...(await signedFeed(7)), signature: (await signedFeed(9)).signature }),
      'rejected',
      /^signature does not match/,
    ],
    [
      'unknown key',
      async () => host(await sign(await feedText(7), (await generateKeyPair()).privateKeyPem)),
      'rejected',
      /^signed by an unknown key/,
    ],
    [
      'tampered body',
      async () => {
        const s = await signedFeed(7);
        return host({ ...s, feed: s.feed.replace('"proposed"', '"official"') });
      },
      'rejected',
      /^signature does not match/,
    ],
    [
      'schema error',
      async () => host(await sign((await feedText(7)).replace('"2026-03-02"', '"2026-02-30"'))),
      'rejected',
      /^the feed does not match the KB schema: entries\[0\]\.events\[0\]\.date: /,
    ],
    [
      'older version',
      async () => host(await signedFeed(5)),
      'rejected',
      /^version 5 is older than the installed version 6: downgrade refused$/,
    ],
    [
      'same version, different hash',
      async () => host(await signedFeed(6, [policyEntry('example-bill', 'official')])),
      'rejected',
      /^version 6 is already installed with different content/,
    ],
    [
      'over 5 MB',
      async () => host(await signedFeed(7), () => endlessBody().response),
      'failed',
      /is larger than 5 MB: download stopped$/,
    ],
    [
      'HTTP 500',
      async () => host(await signedFeed(7), () => new Response('', { status: 500 })),
      'failed',
      /^HTTP 500 from /,
    ],
    [
      'timeout',
      async () => host(await signedFeed(7), () => new Promise<Response>(() => {})),
      'failed',
      /within 100 ms: timed out$/,
    ],
    [
      'non-JSON',
      async () => host(await sign('<!doctype html><p>Sign in</p>')),
      'rejected',
      /^the feed is not valid JSON: /,
    ],
    [
      'redirect to http',
      async () =>
        host(await signedFeed(7), () =>
          afterRedirectTo('http://kb.example.org/feed.json', new Response('{}')),
        ),
      'failed',
      /redirected to http:\/\/kb\.example\.org\/feed\.json: only redirects to https are followed$/,
    ],
  ];

  it.each(cases)('%s', async (_name, makeServer, result, reason) => {
    const before = await dumpTables(db);
    const outcome = await runFeedUpdate(feedDeps(db, await makeServer()));
    expect(outcome).toMatchObject({ checked: true, applied: false });
    expect(await dumpTables(db)).toEqual(before);
    expect(await getLastFeedCheck(db)).toMatchObject({
      url: FEED_URL,
      result,
      reason: expect.stringMatching(reason),
    });
  });
});
