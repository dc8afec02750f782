import canonicalize from 'canonicalize';
import { kbSnapshotSchema, type Entry, type KbSnapshot } from './schema';

/**
 * Canonical JSON (RFC 8785, via the `canonicalize` package) of a KB's entries:
 * the same entries always give the same bytes, whatever the key order in files.
 */
export function canonicalEntries(entries: readonly Entry[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const json = canonicalize(sorted);
  if (json === undefined) throw new Error('entries cannot be serialised');
  return json;
}

/** "sha256-<hex>" of the canonical entries; WebCrypto, so Node and the browser agree. */
export async function hashEntries(entries: readonly Entry[]): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalEntries(entries));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Builds a validated snapshot from entries; throws with every problem when they are invalid. */
export async function buildSnapshot(
  entries: readonly Entry[],
  version: number,
  generatedAt: Date = new Date(),
): Promise<KbSnapshot> {
  return kbSnapshotSchema.parse({
    format: 'statusmark-kb',
    version,
    generatedAt: generatedAt.toISOString(),
    hash: await hashEntries(entries),
    entries,
  });
}

/** True when the snapshot's hash matches its entries (tampering or corruption shows here). */
export async function hashMatches(snapshot: KbSnapshot): Promise<boolean> {
  return (await hashEntries(snapshot.entries)) === snapshot.hash;
}
