import { z } from 'zod';
import { hashMatches } from '../kb/snapshot';
import { kbSnapshotSchema, type KbSnapshot } from '../kb/schema';
import { fromBase64 } from './base64';
import { importPublicKey } from './keys';
import { formatSize, MAX_FEED_BYTES, MAX_SIGNATURE_BYTES } from './limits';
import { signatureFileSchema } from './signature-file';
import type { TrustedKey } from './trusted-keys';

/** The KB the browser has now; `hash` may be unknown (e.g. `kb verify --current-version` alone). */
export interface InstalledKb {
  version: number;
  hash?: string;
}

/** The checks, in the order they run; a rejection names the one that failed. */
export type FeedCheck = 'size' | 'json' | 'signature' | 'schema' | 'hash' | 'version';

/** What verification needs of a trusted key (the CLI builds these from `.pub` files). */
export type VerificationKey = Pick<TrustedKey, 'keyId' | 'publicKey' | 'label'>;

export type FeedVerdict =
  | { outcome: 'apply'; snapshot: KbSnapshot; key: VerificationKey }
  /** The same KB is installed: nothing to do, and nothing to show loudly. */
  | { outcome: 'current'; version: number; reason: string }
  | { outcome: 'rejected'; check: FeedCheck; reason: string };

/** How many schema problems a reason lists before "and N more". */
const PROBLEMS_SHOWN = 3;

/**
 * Decides whether a downloaded feed may replace the installed KB. The extension's
 * updater and `statusmark kb verify` both call this, so they always agree.
 * `feed` is the exact body served (the signature covers those bytes); `signature`
 * is the text of `feed.json.sig`.
 */
export async function verifyFeed(
  feed: string | Uint8Array,
  signature: string | Uint8Array,
  trustedKeys: readonly VerificationKey[],
  current: InstalledKb | null,
): Promise<FeedVerdict> {
  const bytes = toBytes(feed);
  if (bytes.length > MAX_FEED_BYTES) {
    return reject(
      'size',
      `the feed is larger than ${formatSize(MAX_FEED_BYTES)} (${bytes.length.toLocaleString('en-US')} bytes)`,
    );
  }
  const json = parseJson(bytes);
  if (!json.ok) return reject('json', `the feed is not valid JSON: ${json.error}`);

  const signed = await checkSignature(bytes, toBytes(signature), trustedKeys);
  if (!signed.ok) return reject('signature', signed.reason);

  const parsed = kbSnapshotSchema.safeParse(json.value);
  if (!parsed.success) {
    return reject('schema', `the feed does not match the KB schema: ${listProblems(parsed.error)}`);
  }
  const snapshot = parsed.data;
  if (!(await hashMatches(snapshot))) {
    return reject(
      'hash',
      'the content hash does not match the entries: the entries were changed after the hash was computed',
    );
  }
  return checkVersion(snapshot, current) ?? { outcome: 'apply', snapshot, key: signed.key };
}

function reject(check: FeedCheck, reason: string): { outcome: 'rejected'; check: FeedCheck; reason: string } {
  return { outcome: 'rejected', check, reason };
}

function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(bytes: Uint8Array): Parsed {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

type SignatureCheck = { ok: true; key: VerificationKey } | { ok: false; reason: string };

async function checkSignature(
  feed: Uint8Array<ArrayBuffer>,
  signatureBytes: Uint8Array,
  trustedKeys: readonly VerificationKey[],
): Promise<SignatureCheck> {
  if (signatureBytes.length > MAX_SIGNATURE_BYTES) {
    return {
      ok: false,
      reason: `the signature file is not valid: it is larger than ${formatSize(MAX_SIGNATURE_BYTES)}`,
    };
  }
  const json = parseJson(signatureBytes);
  if (!json.ok) return { ok: false, reason: `the signature file is not valid: not JSON (${json.error})` };
  const file = signatureFileSchema.safeParse(json.value);
  if (!file.success)
    return { ok: false, reason: `the signature file is not valid: ${listProblems(file.error)}` };
  const key = trustedKeys.find((candidate) => candidate.keyId === file.data.keyId);
  if (!key) {
    const known = trustedKeys.map((k) => k.keyId).join(', ') || 'none';
    return { ok: false, reason: `signed by an unknown key (key id ${file.data.keyId}; trusted: ${known})` };
  }
  const publicKey = fromBase64(key.publicKey);
  const signature = fromBase64(file.data.signature);
  const valid =
    publicKey !== null &&
    signature !== null &&
    (await crypto.subtle.verify('Ed25519', await importPublicKey(publicKey), signature, feed));
  return valid
    ? { ok: true, key }
    : {
        ok: false,
        reason: `signature does not match: the feed is not the one key ${key.keyId} (${key.label}) signed`,
      };
}

function listProblems(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, PROBLEMS_SHOWN)
    .map((issue) => `${issue.path.length ? z.core.toDotPath(issue.path) : '(root)'}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

/**
 * The version rule alone: null when `snapshot` may replace `current`, else the
 * verdict. Exported so a writer can re-check it inside its transaction, against
 * the KB stored at that moment.
 */
export function checkVersion(
  snapshot: Pick<KbSnapshot, 'version' | 'hash'>,
  current: InstalledKb | null,
): Exclude<FeedVerdict, { outcome: 'apply' }> | null {
  if (!current || snapshot.version > current.version) return null;
  if (snapshot.version < current.version) {
    return reject(
      'version',
      `version ${snapshot.version} is older than the installed version ${current.version}: downgrade refused`,
    );
  }
  if (current.hash !== undefined && current.hash !== snapshot.hash) {
    return reject(
      'version',
      `version ${snapshot.version} is already installed with different content: refused (a changed KB needs a new version number)`,
    );
  }
  return {
    outcome: 'current',
    version: snapshot.version,
    reason: `already up to date (version ${snapshot.version})`,
  };
}
