import { describe, expect, it } from 'vitest';
import { checkFeedUpdate, type FeedCheckResult } from '../../src/feed/check-feed';
import { generateKeyPair } from '../../src/feed/keys';
import type { InstalledKb } from '../../src/feed/verify-feed';
import { hashEntries } from '../../src/kb/snapshot';
import { afterRedirectTo, endlessBody, fakeServer, feedHost, type FakeRoute } from './helpers/fake-fetch';
import {
  DEV_TRUSTED_KEYS,
  feedText,
  policyEntry,
  sign,
  signedFeed,
  type SignedFeed,
} from './helpers/feed-fixtures';

const FEED = 'https://kb.example.org/feed.json';

const host = (signed: SignedFeed, feedRoute?: FakeRoute) => feedHost(FEED, signed, feedRoute);

async function check(
  server: ReturnType<typeof fakeServer>,
  current: InstalledKb | null = { version: 6 },
  extra: { timeoutMs?: number; validators?: { etag: string } } = {},
): Promise<FeedCheckResult> {
  return checkFeedUpdate({
    fetch: server.fetch,
    url: FEED,
    trustedKeys: DEV_TRUSTED_KEYS,
    current,
    ...extra,
  });
}

/** The outcome and reason only: what the updater records and the options page shows. */
function failure(result: FeedCheckResult): { step: string; reason: string } | string {
  return result.outcome === 'failed' ? { step: result.step, reason: result.reason } : result.outcome;
}

describe('checkFeedUpdate: a newer signed feed', () => {
  it('is returned to apply, with the validators for the next conditional request', async () => {
    const result = await check(host(await signedFeed(7, [policyEntry('example-bill', 'official')])));
    expect(result).toMatchObject({ outcome: 'apply', validators: { etag: '"v1"' } });
    if (result.outcome === 'apply') expect(result.snapshot.entries[0]?.events[0]?.status).toBe('official');
  });

  it('is "not modified" when the host answers 304 to the stored ETag', async () => {
    const result = await check(host(await signedFeed(7)), { version: 7 }, { validators: { etag: '"v1"' } });
    expect(result).toEqual({ outcome: 'not-modified', reason: 'not modified since the last check' });
  });

  it('is "already up to date" when the installed KB is the same version and content', async () => {
    const hash = await hashEntries([policyEntry('example-bill')]);
    const result = await check(host(await signedFeed(7)), { version: 7, hash });
    expect(result).toMatchObject({ outcome: 'current', reason: 'already up to date (version 7)' });
  });
});

describe('checkFeedUpdate: rejected with the right message', () => {
  it('bad signature', async () => {
    const good = await signedFeed(7);
    const other = await signedFeed(8);
    const result = await check(host({ feed: good.feed, signature: other.signature }));
    expect(failure(result)).toEqual({
      step: 'signature',
      reason: `signature does not match: the feed is not the one key ${DEV_TRUSTED_KEYS[0]!.keyId} (${DEV_TRUSTED_KEYS[0]!.label}) signed`,
    });
  });

  it('unknown key', async () => {
    const stranger = await generateKeyPair();
    const result = await check(host(await sign(await feedText(7), stranger.privateKeyPem)));
    expect(failure(result)).toEqual({
      step: 'signature',
      reason: `signed by an unknown key (key id ${stranger.keyId}; trusted: ${DEV_TRUSTED_KEYS[0]!.keyId})`,
    });
  });

  it('tampered body (changed in transit after signing)', async () => {
    const signed = await signedFeed(7);
    const tampered = signed.feed.replace('"proposed"', '"official"');
    const result = await check(host({ feed: tampered, signature: signed.signature }));
    expect(failure(result)).toMatchObject({
      step: 'signature',
      reason: expect.stringMatching(/^signature does not match/),
    });
  });

  it('tampered body (entries changed before signing, hash left stale)', async () => {
    const json = JSON.parse(await feedText(7)) as { entries: { title: string }[] };
    json.entries[0]!.title = 'Quietly edited title';
    const result = await check(host(await sign(JSON.stringify(json))));
    expect(failure(result)).toEqual({
      step: 'hash',
      reason:
        'the content hash does not match the entries: the entries were changed after the hash was computed',
    });
  });

  it('schema error', async () => {
    const json = JSON.parse(await feedText(7)) as { entries: { events: { sources: { url: string }[] }[] }[] };
    json.entries[0]!.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    const result = await check(host(await sign(JSON.stringify(json))));
    expect(failure(result)).toEqual({
      step: 'schema',
      reason:
        'the feed does not match the KB schema: entries[0].events[0].sources[0].url: expected an https URL (http, javascript: and other schemes are not allowed)',
    });
  });

  it('older version', async () => {
    const result = await check(host(await signedFeed(5)), { version: 6 });
    expect(failure(result)).toEqual({
      step: 'version',
      reason: 'version 5 is older than the installed version 6: downgrade refused',
    });
  });

  it('same version with a different hash', async () => {
    const installed = { version: 7, hash: await hashEntries([policyEntry('other-bill')]) };
    const result = await check(host(await signedFeed(7)), installed);
    expect(failure(result)).toEqual({
      step: 'version',
      reason:
        'version 7 is already installed with different content: refused (a changed KB needs a new version number)',
    });
  });

  it('over 5 MB', async () => {
    const result = await check(host(await signedFeed(7), () => endlessBody().response));
    expect(failure(result)).toEqual({
      step: 'download',
      reason: `${FEED} is larger than 5 MB: download stopped`,
    });
  });

  it('HTTP 500', async () => {
    const result = await check(host(await signedFeed(7), () => new Response('', { status: 500 })));
    expect(failure(result)).toEqual({ step: 'download', reason: `HTTP 500 from ${FEED}` });
  });

  it('timeout', async () => {
    const result = await check(
      host(await signedFeed(7), () => new Promise<Response>(() => {})),
      null,
      {
        timeoutMs: 50,
      },
    );
    expect(failure(result)).toEqual({
      step: 'download',
      reason: `no answer from ${FEED} within 50 ms: timed out`,
    });
  });

  it('non-JSON', async () => {
    const page = '<!doctype html><title>Sign in to the network</title>';
    const result = await check(host(await sign(page)));
    expect(failure(result)).toMatchObject({
      step: 'json',
      reason: expect.stringMatching(/^the feed is not valid JSON: /),
    });
  });

  it('redirect to http', async () => {
    const signed = await signedFeed(7);
    const result = await check(
      host(signed, () => afterRedirectTo('http://kb.example.org/feed.json', new Response(signed.feed))),
    );
    expect(failure(result)).toEqual({
      step: 'download',
      reason: `${FEED} redirected to http://kb.example.org/feed.json: only redirects to https are followed`,
    });
  });
});
