import { fetchFeed, type FeedValidators, type FetchFeedOptions } from './fetch-feed';
import type { KbSnapshot } from '../kb/schema';
import { verifyFeed, type FeedCheck, type InstalledKb, type VerificationKey } from './verify-feed';

export interface CheckFeedOptions extends FetchFeedOptions {
  trustedKeys: readonly VerificationKey[];
  current: InstalledKb | null;
}

/** Which step failed: the download, or one of verifyFeed's checks. */
export type FailedStep = 'download' | FeedCheck;

export type FeedCheckResult =
  | { outcome: 'not-modified'; reason: string }
  | { outcome: 'current'; version: number; reason: string; validators: FeedValidators }
  | { outcome: 'apply'; snapshot: KbSnapshot; key: VerificationKey; validators: FeedValidators }
  | { outcome: 'failed'; step: FailedStep; reason: string };

/**
 * One feed check: download, then verify. The caller applies `apply` results and
 * records every result. Validators are returned only for a feed that was accepted
 * (or is already installed): after a rejection the next check downloads it again,
 * so a signature published a moment after its feed is picked up.
 */
export async function checkFeedUpdate(options: CheckFeedOptions): Promise<FeedCheckResult> {
  const download = await fetchFeed(options);
  if (download.kind === 'not-modified') {
    return { outcome: 'not-modified', reason: 'not modified since the last check' };
  }
  if (download.kind === 'failed') return { outcome: 'failed', step: 'download', reason: download.reason };
  const verdict = await verifyFeed(download.body, download.signature, options.trustedKeys, options.current);
  switch (verdict.outcome) {
    case 'rejected':
      return { outcome: 'failed', step: verdict.check, reason: verdict.reason };
    case 'current':
      return {
        outcome: 'current',
        version: verdict.version,
        reason: verdict.reason,
        validators: download.validators,
      };
    case 'apply':
      return {
        outcome: 'apply',
        snapshot: verdict.snapshot,
        key: verdict.key,
        validators: download.validators,
      };
  }
}
