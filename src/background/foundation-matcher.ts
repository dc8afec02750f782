import type { StatusmarkDb } from '../db/database';
import { getEntry } from '../db/kb-entries';
import { currentStatus, todayIso } from '../kb/status';
import type { MatcherResponse } from '../messaging/protocol';

/**
 * The foundation's term list, now with each status read from the KB as of today.
 * The detection issue replaces this with the real prepared matcher.
 */
const FOUNDATION_TERMS = [{ text: 'executive order', entryId: 'us-eo-14330-alt-assets-401k' }] as const;

export async function foundationMatcher(
  db: StatusmarkDb,
  today: string = todayIso(),
): Promise<MatcherResponse> {
  const terms: MatcherResponse['terms'] = [];
  for (const term of FOUNDATION_TERMS) {
    const stored = await getEntry(db, term.entryId);
    const status = stored ? currentStatus(stored.entry, today) : null;
    if (status) terms.push({ ...term, status });
  }
  return { terms };
}
