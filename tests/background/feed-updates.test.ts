import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkFeedNow,
  FEED_ALARM,
  registerFeedUpdates,
  type FeedUpdateHost,
} from '../../src/background/feed-updates';
import { getLastFeedCheck } from '../../src/db/kb-info';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { updateSettings } from '../../src/settings/settings';
import { freshDb, makeSnapshot } from '../db/helpers';
import { fakeServer, type FakeServer } from '../feed/helpers/fake-fetch';
import { DEV_TRUSTED_KEYS, policyEntry, signedFeed } from '../feed/helpers/feed-fixtures';
import { FEED_URL } from './feed-harness';

let server: FakeServer;
let host: FeedUpdateHost & { changes: string[]; seedings: number };

beforeEach(async () => {
  fakeBrowser.reset();
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot([policyEntry('example-bill')], 6), { kind: 'bundled' });
  const signed = await signedFeed(7, [policyEntry('example-bill', 'official')]);
  server = fakeServer({
    [FEED_URL]: () => new Response(signed.feed),
    [`${FEED_URL}.sig`]: () => new Response(signed.signature),
  });
  vi.stubGlobal('fetch', server.fetch);
  Object.assign(fakeBrowser, { permissions: { contains: async () => true } });
  await updateSettings({ feedUrl: FEED_URL });
  host = {
    db,
    changes: [],
    seedings: 0,
    ensureSeeded: async () => host.seedings++,
    notifyChanged: (reason) => host.changes.push(reason),
  };
  registerFeedUpdates(host);
});

afterEach(() => vi.unstubAllGlobals());

describe('feed update scheduling', () => {
  it('schedules one daily check, and a worker restart does not push it back', async () => {
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeDefined());
    const first = await fakeBrowser.alarms.get(FEED_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    registerFeedUpdates(host);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toEqual(first);
  });

  it('checks the feed when the daily alarm fires', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEED_ALARM, scheduledTime: Date.now() });
    await checkFeedNow(host); // joins the check the alarm started
    expect(server.requests.map((r) => r.url)).toEqual([FEED_URL, `${FEED_URL}.sig`]);
    expect(await getLastFeedCheck(host.db)).toMatchObject({ url: FEED_URL });
  });

  it('checks on browser start', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await checkFeedNow(host);
    expect(server.requests[0]?.url).toBe(FEED_URL);
  });

  it('checks after an install or update, once the bundled KB is stored', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await checkFeedNow(host);
    expect(server.requests[0]?.url).toBe(FEED_URL);
    expect(host.seedings).toBe(1);
  });

  it("trusts only the build's keys: outside a test build, a dev-key feed is refused and nothing is announced", async () => {
    const outcome = await checkFeedNow(host);
    expect(outcome).toMatchObject({ checked: true, applied: false });
    expect(await getLastFeedCheck(host.db)).toMatchObject({
      result: 'rejected',
      reason: 'signed by an unknown key (key id 0f9430bcfc5a5183; trusted: none)',
    });
    expect(host.changes).toEqual([]);
  });

  it('applies a feed signed by a key a test build trusts, and tells the tabs the KB changed', async () => {
    // What STATUSMARK_TRUST_DEV_KEY=1 compiles into a build (scripts/lib/feed-build-config.ts).
    vi.stubGlobal('__STATUSMARK_DEV_TRUSTED_KEYS__', DEV_TRUSTED_KEYS);
    expect(await checkFeedNow(host)).toMatchObject({ checked: true, applied: true });
    expect(host.changes).toEqual(['shipped-kb']);
  });

  it('reports a check that could not run instead of throwing', async () => {
    const outcome = await checkFeedNow({
      ...host,
      ensureSeeded: () => Promise.reject(new Error('disk gone')),
    });
    expect(outcome).toEqual({ checked: false, reason: 'the check could not run: disk gone' });
  });
});
