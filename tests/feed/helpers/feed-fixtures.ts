import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot } from '../../../src/kb/snapshot';
import { entrySchema, type Entry, type EntryInput, type Status } from '../../../src/kb/schema';
import { feedJson } from '../../../src/feed/feed-json';
import { signFeedBytes } from '../../../src/feed/sign-feed';
import { trustedKeyListSchema } from '../../../src/feed/trusted-keys';

export const FEED_KEYS_DIR = join(import.meta.dirname, '../../fixtures/feed-keys');
/** The committed development key pair: tests only (see tests/fixtures/feed-keys/README.md). */
export const DEV_PRIVATE_KEY = readFileSync(join(FEED_KEYS_DIR, 'feed-signing.key'), 'utf8');
export const DEV_TRUSTED_KEYS = trustedKeyListSchema.parse(
  JSON.parse(readFileSync(join(FEED_KEYS_DIR, 'dev-trusted-keys.json'), 'utf8')),
);

/** A small valid entry whose last event has the given status. */
export function policyEntry(
  id: string,
  status: Status = 'proposed',
  overrides: Partial<EntryInput> = {},
): Entry {
  return entrySchema.parse({
    id,
    title: `Policy ${id}`,
    summary: 'A policy item written for tests.',
    jurisdiction: { country: 'US' },
    kind: 'bill',
    scope: 'retirement',
    events: [
      {
        date: '2026-03-02',
        status,
        summary: 'Introduced.',
        sources: [
          { url: `https://example.org/${id}`, title: 'Bill text', publisher: 'Example', primary: true },
        ],
      },
    ],
    confidence: 'confirmed',
    detect: { names: [`${id} act`] },
    ...overrides,
  });
}

export interface SignedFeed {
  feed: string;
  signature: string;
}

/** Serialises a feed the way `kb:build` does. */
export async function feedText(
  version: number,
  entries: Entry[] = [policyEntry('example-bill')],
): Promise<string> {
  const snapshot = await buildSnapshot(entries, version, new Date('2026-11-27T12:00:00Z'));
  return feedJson(snapshot);
}

/** Signs any feed text with the development key. */
export async function sign(feed: string, privateKeyPem = DEV_PRIVATE_KEY): Promise<SignedFeed> {
  const { signatureText } = await signFeedBytes(new TextEncoder().encode(feed), privateKeyPem);
  return { feed, signature: signatureText };
}

export async function signedFeed(version: number, entries?: Entry[]): Promise<SignedFeed> {
  return sign(await feedText(version, entries));
}
