import { checkFeedUpdate, type FeedCheckResult } from '../feed/check-feed';
import type { FeedValidators } from '../feed/fetch-feed';
import { checkVersion, type InstalledKb, type VerificationKey } from '../feed/verify-feed';
import type { KbSnapshot } from '../kb/schema';
import type { StatusmarkDb } from '../db/database';
import { recordFeedCheck } from '../db/feed-check';
import { getKbMeta } from '../db/kb-info';
import type { FeedCheckRecord, FeedCheckResult as RecordedResult, KbMeta } from '../db/records';
import { replaceShippedEntries } from '../db/replace-shipped';

/** Everything one feed check needs, injected so unit tests run it on fake-indexeddb and a fake fetch. */
export interface FeedUpdateDeps {
  db: StatusmarkDb;
  fetch: typeof globalThis.fetch;
  trustedKeys: readonly VerificationKey[];
  /** The feed to check; "" = none configured (bundled KB only). */
  feedUrl: string;
  loadValidators(url: string, installedVersion: number | undefined): Promise<FeedValidators | undefined>;
  saveValidators(url: string, version: number, validators: FeedValidators): Promise<void>;
  /** Whether the extension holds the host permission for the feed's origin (explains CORS failures). */
  hasHostPermission?(url: string): Promise<boolean>;
  timeoutMs?: number;
  now?(): Date;
}

export type FeedUpdateOutcome =
  { checked: false; reason: string } | { checked: true; applied: boolean; record: FeedCheckRecord };

/**
 * One feed check, start to end: download and verify (src/feed), apply in one
 * transaction when every check passed, and record the attempt whatever happened.
 * On any failure the KB in use stays as it was; user tables are never written.
 */
export async function runFeedUpdate(deps: FeedUpdateDeps): Promise<FeedUpdateOutcome> {
  const url = deps.feedUrl;
  if (!url) return { checked: false, reason: 'no feed configured: the bundled KB is used' };
  const now = deps.now ?? (() => new Date());
  const installed = await getKbMeta(deps.db);
  const current = installed ? installedKb(installed) : null;
  const result = await checkFeedUpdate({
    fetch: deps.fetch,
    url,
    trustedKeys: deps.trustedKeys,
    current,
    validators: await deps.loadValidators(url, current?.version),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
  });
  const outcome = await settle(deps, url, result, now());
  const record = await recordFeedCheck(deps.db, { url, time: now(), ...outcome.recorded });
  return { checked: true, applied: outcome.applied, record };
}

function installedKb(meta: KbMeta): InstalledKb {
  return meta.hash === null ? { version: meta.version } : { version: meta.version, hash: meta.hash };
}

interface Settled {
  applied: boolean;
  recorded: { result: RecordedResult; reason: string };
}
const settled = (result: RecordedResult, reason: string, applied = false): Settled => ({
  applied,
  recorded: { result, reason },
});

async function settle(
  deps: FeedUpdateDeps,
  url: string,
  result: FeedCheckResult,
  now: Date,
): Promise<Settled> {
  switch (result.outcome) {
    case 'not-modified':
      return settled('up-to-date', result.reason);
    case 'current':
      await deps.saveValidators(url, result.version, result.validators).catch(() => {});
      return settled('up-to-date', result.reason);
    case 'failed':
      if (result.step !== 'download') return settled('rejected', result.reason);
      return settled('failed', await withPermissionHint(deps, url, result.reason));
    case 'apply':
      return apply(deps, url, result.snapshot, result.key, result.validators, now);
  }
}

async function apply(
  deps: FeedUpdateDeps,
  url: string,
  snapshot: KbSnapshot,
  key: VerificationKey,
  validators: FeedValidators,
  now: Date,
): Promise<Settled> {
  // The version rule again, inside the write transaction: a seeding or another check
  // may have stored a KB since this check read the installed version.
  let refusal: ReturnType<typeof checkVersion> = null;
  const accept = (stored: KbMeta | undefined) => {
    refusal = checkVersion(snapshot, stored ? installedKb(stored) : null);
    return refusal?.reason ?? true;
  };
  try {
    await replaceShippedEntries(deps.db, snapshot, { kind: 'feed', url }, { now, accept });
  } catch (error) {
    // Dexie appends the inner error to its message; the first line says it all.
    const why = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    return settled('failed', `could not store the update (${why}); the KB in use is unchanged`);
  }
  // Assigned inside the transaction callback, which TypeScript cannot follow.
  const refused = refusal as ReturnType<typeof checkVersion>;
  if (refused) return settled(refused.outcome === 'current' ? 'up-to-date' : 'rejected', refused.reason);
  await deps.saveValidators(url, snapshot.version, validators).catch(() => {});
  const entries = `${snapshot.entries.length} ${snapshot.entries.length === 1 ? 'entry' : 'entries'}`;
  return settled(
    'applied',
    `applied version ${snapshot.version} (${entries}), signed by key ${key.keyId}`,
    true,
  );
}

async function withPermissionHint(deps: FeedUpdateDeps, url: string, reason: string): Promise<string> {
  if (!reason.startsWith('could not reach') || !deps.hasHostPermission) return reason;
  const granted = await deps.hasHostPermission(url).catch(() => true);
  return granted
    ? reason
    : `${reason} (Statusmark may not access ${new URL(url).host}: allowing it in Options may help)`;
}
