import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedJson } from '../../src/feed/feed-json';
import { buildSnapshot } from '../../src/kb/snapshot';
import { snapshotFromEntryFiles } from '../../src/kb/snapshot-from-files';
import { sign } from '../feed/helpers/feed-fixtures';
import { buildTestExtension } from './harness/build-test-extension';
import { FIXTURES_DIR } from './harness/paths';
import { NON_LOOPBACK_HOST, startFeedHost, type FeedHost } from './feed-harness/feed-host';
import { checkFeedNow, kbInfo, nextFeedCheck, readAllStorage } from './feed-harness/extension-state';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';

/** Firefox's fetch (MV2 background page): the same updater, checked where the browsers differ most. */
describe('Firefox: KB updates from a signed feed', () => {
  let firefox: FirefoxWithExtension;
  let options: Page;
  let host: FeedHost;
  let bundledVersion: number;
  let signedNext: { feed: string; signature: string };

  beforeAll(async () => {
    const built = await snapshotFromEntryFiles();
    if (!built.ok) throw new Error(built.problems.join('\n'));
    bundledVersion = built.snapshot.version;
    signedNext = await sign(feedJson(await buildSnapshot(built.snapshot.entries, bundledVersion + 1)));
    host = await startFeedHost(`${FIXTURES_DIR}/feed`);
    host.serve({ kind: 'redirect-to-http' });
    const extensionDir = await buildTestExtension(
      '.output-e2e-feed',
      { STATUSMARK_TRUST_DEV_KEY: '1', STATUSMARK_FEED_URL: host.feedUrl },
      'firefox',
    );
    // The redirect target must be plain http on a host that is not loopback: resolve it to 127.0.0.1.
    firefox = await launchFirefoxWithExtension(extensionDir, {
      'network.dns.localDomains': NON_LOOPBACK_HOST,
    });
    options = await firefox.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await firefox?.close();
    await host?.close();
  });

  it('refuses a redirect to plain http at the install check, keeping the bundled KB', async () => {
    const record = await nextFeedCheck(options);
    expect(record).toMatchObject({
      result: 'failed',
      reason: `${host.feedUrl} redirected to http://${NON_LOOPBACK_HOST}:${new URL(host.origin).port}/feed.json: only redirects to https are followed`,
    });
    expect((await kbInfo(options)).kb).toMatchObject({ version: bundledVersion, source: 'bundled' });
  });

  it('applies a newer signed feed on the next check', async () => {
    host.serve({ kind: 'feed', ...signedNext });
    expect(await checkFeedNow(options)).toMatchObject({ result: 'applied' });
    expect((await kbInfo(options)).kb).toMatchObject({ version: bundledVersion + 1, source: 'feed' });
  });

  it('refuses a tampered copy of it and changes nothing', async () => {
    const before = await readAllStorage(options);
    host.serve({ kind: 'feed', ...signedNext, feed: signedNext.feed.replace('"official"', '"rescinded"') });
    expect(await checkFeedNow(options)).toMatchObject({
      result: 'rejected',
      reason: expect.stringMatching(/^signature does not match: /),
    });
    expect(await readAllStorage(options)).toEqual(before);
  });
});
