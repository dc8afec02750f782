import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../src/feed/keys';
import { MAX_FEED_BYTES } from '../../src/feed/limits';
import { verifyFeed } from '../../src/feed/verify-feed';
import { hashEntries } from '../../src/kb/snapshot';
import {
  DEV_TRUSTED_KEYS,
  feedText,
  policyEntry,
  sign,
  signedFeed,
  type SignedFeed,
} from './helpers/feed-fixtures';

const verify = (signed: SignedFeed, current: { version: number; hash?: string } | null = null) =>
  verifyFeed(signed.feed, signed.signature, DEV_TRUSTED_KEYS, current);

/** Re-signs a feed after `edit` changed its parsed JSON (a publisher's mistake, not an attack). */
async function signedAfterEdit(edit: (json: Record<string, unknown>) => void): Promise<SignedFeed> {
  const json = JSON.parse(await feedText(7)) as Record<string, unknown>;
  edit(json);
  return sign(JSON.stringify(json));
}

describe('verifyFeed', () => {
  it('accepts a feed signed by a trusted key and returns the snapshot to apply', async () => {
    const verdict = await verify(await signedFeed(7), { version: 6 });
    expect(verdict).toMatchObject({ outcome: 'apply', key: { keyId: DEV_TRUSTED_KEYS[0]!.keyId } });
    if (verdict.outcome !== 'apply') return;
    expect(verdict.snapshot.version).toBe(7);
    expect(verdict.snapshot.entries.map((e) => e.id)).toEqual(['example-bill']);
  });

  it('accepts the same bytes given as text or as a byte array', async () => {
    const { feed, signature } = await signedFeed(7);
    const bytes = new TextEncoder().encode(feed);
    const verdict = await verifyFeed(bytes, new TextEncoder().encode(signature), DEV_TRUSTED_KEYS, null);
    expect(verdict.outcome).toBe('apply');
  });

  it('refuses a feed over 5 MB before parsing it', async () => {
    const { signature } = await signedFeed(7);
    const huge = `{"pad":"${'x'.repeat(MAX_FEED_BYTES)}"}`;
    expect(await verify({ feed: huge, signature })).toEqual({
      outcome: 'rejected',
      check: 'size',
      reason: 'the feed is larger than 5 MB (5,242,890 bytes)',
    });
  });

  it('refuses a body that is not JSON', async () => {
    const verdict = await verify(await sign('<html><body>Log in to the hotel Wi-Fi</body></html>'));
    expect(verdict).toMatchObject({ outcome: 'rejected', check: 'json' });
    expect(verdict.outcome === 'rejected' && verdict.reason).toMatch(/^the feed is not valid JSON: /);
  });

  it('refuses a feed whose bytes changed after signing: "signature does not match"', async () => {
    const { feed, signature } = await signedFeed(7);
    const tampered = feed.replace('"proposed"', '"official"');
    expect(tampered).not.toBe(feed);
    const verdict = await verify({ feed: tampered, signature });
    expect(verdict).toMatchObject({ outcome: 'rejected', check: 'signature' });
    expect(verdict.outcome === 'rejected' && verdict.reason).toMatch(/^signature does not match: /);
  });

  it('refuses a feed signed by a key the build does not trust: "signed by an unknown key"', async () => {
    const stranger = await generateKeyPair();
    const verdict = await verify(await sign(await feedText(7), stranger.privateKeyPem));
    expect(verdict).toEqual({
      outcome: 'rejected',
      check: 'signature',
      reason: `signed by an unknown key (key id ${stranger.keyId}; trusted: ${DEV_TRUSTED_KEYS[0]!.keyId})`,
    });
  });

  it('refuses a signature file that is not one', async () => {
    const { feed } = await signedFeed(7);
    const verdict = await verify({ feed, signature: '{"format":"statusmark-kb-signature"}' });
    expect(verdict).toMatchObject({ outcome: 'rejected', check: 'signature' });
    expect(verdict.outcome === 'rejected' && verdict.reason).toMatch(
      /^the signature file is not valid: algorithm: /,
    );
  });

  it('refuses a signed feed that breaks the schema, naming the first problems and their paths', async () => {
    const signed = await signedAfterEdit((json) => {
      const [entry] = json.entries as { events: { date: string; status: string }[] }[];
      entry!.events[0]!.date = '2026-13-45';
      entry!.events[0]!.status = 'maybe';
    });
    const verdict = await verify(signed);
    expect(verdict).toMatchObject({ outcome: 'rejected', check: 'schema' });
    expect(verdict.outcome === 'rejected' && verdict.reason).toMatch(
      /^the feed does not match the KB schema: entries\[0\]\.events\[0\]\.date: .*; entries\[0\]\.events\[0\]\.status: /,
    );
  });

  it('refuses entries that do not match the signed hash (changed after the hash was computed)', async () => {
    const signed = await signedAfterEdit((json) => {
      const [entry] = json.entries as { title: string }[];
      entry!.title = 'A title changed after the build';
    });
    expect(await verify(signed)).toEqual({
      outcome: 'rejected',
      check: 'hash',
      reason:
        'the content hash does not match the entries: the entries were changed after the hash was computed',
    });
  });

  it('refuses an older version: downgrade refused', async () => {
    expect(await verify(await signedFeed(7), { version: 9 })).toEqual({
      outcome: 'rejected',
      check: 'version',
      reason: 'version 7 is older than the installed version 9: downgrade refused',
    });
  });

  it('refuses the installed version number carrying different content', async () => {
    const installedHash = await hashEntries([policyEntry('another-bill')]);
    expect(await verify(await signedFeed(7), { version: 7, hash: installedHash })).toEqual({
      outcome: 'rejected',
      check: 'version',
      reason:
        'version 7 is already installed with different content: refused (a changed KB needs a new version number)',
    });
  });

  it('reports the installed version with the same content as up to date, not as an error', async () => {
    const signed = await signedFeed(7);
    const hash = await hashEntries([policyEntry('example-bill')]);
    expect(await verify(signed, { version: 7, hash })).toEqual({
      outcome: 'current',
      version: 7,
      reason: 'already up to date (version 7)',
    });
  });

  it('runs the checks in order: a bad signature is reported before a schema error', async () => {
    const signed = await signedAfterEdit((json) => {
      json.version = -1;
    });
    const verdict = await verify({ feed: signed.feed.replace('-1', '-2'), signature: signed.signature });
    expect(verdict).toMatchObject({ outcome: 'rejected', check: 'signature' });
  });
});
