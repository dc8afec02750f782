import type { StatusmarkDb } from './database';
import type { FeedCheckRecord, FeedCheckResult } from './records';

export interface FeedCheck {
  url: string;
  result: FeedCheckResult;
  /** Plain words for the options page: "applied version 2026120101", "HTTP 500", "signature by an unknown key". */
  reason: string;
  time?: Date;
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
  };
  await db.meta.put(record);
  return record;
}
