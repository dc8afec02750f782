import type { StatusmarkDb } from './database';
import type { FeedCheckRecord, FeedCheckResult, FeedValidators } from './records';

export interface FeedCheck {
  url: string;
  result: FeedCheckResult;
  /** Plain words for the options page: "applied version 2026120101", "HTTP 500", "signature by an unknown key". */
  reason: string;
  time?: Date;
  /** Keep only after a feed was accepted (or found current): a rejected one is downloaded again next time. */
  validators?: FeedValidators;
}

/**
 * Records the outcome of a feed check (only the last one is kept). Called by the feed
 * updater after every attempt, applied or not; it touches the meta table only.
 */
export async function recordFeedCheck(db: StatusmarkDb, check: FeedCheck): Promise<FeedCheckRecord> {
  const record: FeedCheckRecord = {
    key: 'feedCheck',
    time: (check.time ?? new Date()).toISOString(),
    url: check.url,
    result: check.result,
    reason: check.reason,
    ...(check.validators ? { validators: check.validators } : {}),
  };
  await db.meta.put(record);
  return record;
}
