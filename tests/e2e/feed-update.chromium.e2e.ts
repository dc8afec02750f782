import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { readBadges, waitForAnnotation } from '../../scripts/lib/read-badges';
import { feedJson } from '../../src/feed/feed-json';
import { generateKeyPair } from '../../src/feed/keys';
import type { Entry } from '../../src/kb/schema';
import { buildSnapshot } from '../../src/kb/snapshot';
import { snapshotFromEntryFiles } from '../../src/kb/snapshot-from-files';
import { policyEntry, sign, type SignedFeed } from '../feed/helpers/feed-fixtures';
import { buildTestExtension } from './harness/build-test-extension';
import { FIXTURES_DIR, ROOT } from './harness/paths';
import { NON_LOOPBACK_HOST, startFeedHost, type FeedAnswer, type FeedHost } from './feed-harness/feed-host';
import {
  checkFeedNow,
  kbInfo,
  readAllStorage,
  type ExtensionPageGlobals,
} from './feed-harness/extension-state';

const EO_ID = 'us-eo-14330-alt-assets-401k';
const TIMEOUT_MS = 1500;

describe('Chromium: KB updates from a signed feed', () => {
  let browser: ChromiumWithExtension;
  let host: FeedHost;
  let options: Page;
  let bundled: { version: number; entries: Entry[] };

  /** A feed of `entries` at `version`, signed with the dev key the test build trusts. */
  const feed = async (version: number, entries = bundled.entries): Promise<SignedFeed> =>
    sign(feedJson(await buildSnapshot(entries, version)));
  /** The bundled entries with the order's status rewound to a single "proposed" event. */
  const withOrderProposed = () =>
    bundled.entries.map((e) =>
      e.id === EO_ID ? { ...e, events: [{ ...e.events[0]!, status: 'proposed' as const }] } : e,
    );

  const badgeOf = async (page: Page, id: string) => {
    await page.reload();
    await waitForAnnotation(page);
    return (await readBadges(page)).find((badge) => badge.entryId === id)?.status;
  };

  beforeAll(async () => {
    const built = await snapshotFromEntryFiles();
    if (!built.ok) throw new Error(built.problems.join('\n'));
    bundled = { version: built.snapshot.version, entries: built.snapshot.entries };
    host = await startFeedHost(`${FIXTURES_DIR}/feed`);
    // At install the extension finds version +1, in which the order is only proposed.
    host.serve({ kind: 'feed', ...(await feed(bundled.version + 1, withOrderProposed())) });
    const extensionDir = await buildTestExtension('.output-e2e-feed', {
      STATUSMARK_TRUST_DEV_KEY: '1',
      STATUSMARK_FEED_URL: host.feedUrl,
      STATUSMARK_FEED_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    browser = await launchChromiumWithExtension({
      extensionDir,
      args: [`--host-resolver-rules=MAP ${NON_LOOPBACK_HOST} 127.0.0.1`],
    });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('applies the signed feed it finds at install: the article badge reads "proposed"', async () => {
    await expect
      .poll(async () => (await kbInfo(options)).kb?.version, { timeout: 15_000 })
      .toBe(bundled.version + 1);
    expect(await kbInfo(options)).toMatchObject({
      kb: { source: 'feed' },
      lastFeedCheck: {
        url: host.feedUrl,
        result: 'applied',
        reason: expect.stringMatching(/^applied version /),
      },
    });
    const article = await browser.context.newPage();
    await article.goto(`${host.origin}/article.html`);
    expect(await badgeOf(article, EO_ID)).toBe('proposed');
    await article.close();
  });

  it('applies a newer signed update: the badge changes from "proposed" to "official", own data kept', async () => {
    const ownEntry = policyEntry('my-own-pension-bill', 'reported');
    const send = (m: unknown) =>
      options.evaluate(
        (message) => (globalThis as unknown as ExtensionPageGlobals).chrome.runtime.sendMessage(message),
        m,
      );
    expect(await send({ type: 'createUserEntry', entry: ownEntry })).toMatchObject({ ok: true });
    expect(
      await send({ type: 'addNote', note: { entryId: EO_ID, text: 'Ask the plan sponsor' } }),
    ).toMatchObject({ ok: true });
    const before = (await readAllStorage(options)) as { tables: Record<string, unknown> };

    const article = await browser.context.newPage();
    await article.goto(`${host.origin}/article.html`);
    const badgeBefore = await badgeOf(article, EO_ID);
    host.serve({ kind: 'feed', ...(await feed(bundled.version + 2)) });
    expect(await checkFeedNow(options)).toMatchObject({ result: 'applied' });
    const badgeAfter = await badgeOf(article, EO_ID);
    await article.close();

    const after = (await readAllStorage(options)) as { tables: Record<string, unknown> };
    expect(after.tables.userEntries).toEqual(before.tables.userEntries);
    expect(after.tables.entryNotes).toEqual(before.tables.entryNotes);
    expect({ badgeBefore, badgeAfter }).toEqual({ badgeBefore: 'proposed', badgeAfter: 'official' });
  });

  const rejections: [string, () => Promise<FeedAnswer>, RegExp][] = [
    [
      'bad signature',
      async () => ({
        kind: 'feed',
        ...(await feed(bundled.version + 3)),
        signature: (await feed(bundled.version + 4)).signature,
      }),
      /^signature does not match: /,
    ],
    [
      'unknown key',
      async () => ({
        kind: 'feed',
        ...(await sign(
          feedJson(await buildSnapshot(bundled.entries, bundled.version + 3)),
          (await generateKeyPair()).privateKeyPem,
        )),
      }),
      /^signed by an unknown key \(key id [0-9a-f]{16}; trusted: 0f9430bcfc5a5183\)$/,
    ],
    [
      'tampered body',
      async () => {
        const s = await feed(bundled.version + 3);
        return { kind: 'feed', ...s, feed: s.feed.replace('"official"', '"rescinded"') };
      },
      /^signature does not match: /,
    ],
    [
      'schema error',
      async () => ({
        kind: 'feed',
        ...(await sign(
          (await feed(bundled.version + 3)).feed.replace(/"url": "https:/, '"url": "javascript:'),
        )),
      }),
      /^the feed does not match the KB schema: entries\[\d+\]\.events\[\d+\]\.sources\[\d+\]\.url: expected an https URL/,
    ],
    [
      'older version',
      async () => ({ kind: 'feed', ...(await feed(bundled.version + 1)) }),
      /^version \d+ is older than the installed version \d+: downgrade refused$/,
    ],
    [
      'same version, different hash',
      async () => ({ kind: 'feed', ...(await feed(bundled.version + 2, withOrderProposed())) }),
      /^version \d+ is already installed with different content: refused/,
    ],
    ['over 5 MB', async () => ({ kind: 'huge' }), /\/feed\.json is larger than 5 MB: download stopped$/],
    [
      'HTTP 500',
      async () => ({ kind: 'status', status: 500 }),
      /^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/feed\.json$/,
    ],
    ['timeout', async () => ({ kind: 'stall' }), /^no answer from .*\/feed\.json within 2 s: timed out$/],
    [
      'non-JSON',
      async () => ({
        kind: 'feed',
        ...(await sign('<!doctype html><title>Log in to the hotel network</title>')),
      }),
      /^the feed is not valid JSON: /,
    ],
    [
      'redirect to http',
      async () => ({ kind: 'redirect-to-http' }),
      new RegExp(
        `redirected to http://${NON_LOOPBACK_HOST}:\\d+/feed\\.json: only redirects to https are followed$`,
      ),
    ],
  ];

  it.each(rejections)('refuses %s with its reason and changes no table', async (_name, answer, reason) => {
    const before = await readAllStorage(options);
    host.serve(await answer());
    const record = await checkFeedNow(options);
    expect(record.reason).toMatch(reason);
    expect(['rejected', 'failed']).toContain(record.result);
    expect(await readAllStorage(options)).toEqual(before);
    expect((await kbInfo(options)).kb?.version).toBe(bundled.version + 2);
  });

  it('shows the KB version, the last check and its error in plain words on the options page', async () => {
    host.serve({ kind: 'status', status: 500 });
    await checkFeedNow(options);
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#/updates`);
    const status = options.getByTestId('kb-status');
    await expect.poll(() => status.innerText()).toContain(`KB version ${bundled.version + 2}`);
    expect(await status.innerText()).toContain(`from the feed ${host.feedUrl}`);
    expect(await status.innerText()).toContain('the check failed');
    expect(await options.getByTestId('last-error').innerText()).toMatch(
      /^Why: HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/feed\.json$/,
    );
    // STATUSMARK_SCREENSHOTS=1 refreshes the README's picture of it.
    if (process.env.STATUSMARK_SCREENSHOTS === '1') {
      await options.setViewportSize({ width: 1000, height: 700 });
      await options.screenshot({ path: join(ROOT, 'docs/screenshots/options-kb-updates.png') });
    }
  });
});
