import type { ClaimReviewDecision } from '../../../claimreview/plan-claimreview-import';
import type { UserEntryRecord } from '../../../db/records';
import { USER_DATA_FORMAT, USER_DATA_FORMAT_VERSION, type UserData } from '../../../db/user-data-schema';
import type { Settings } from '../../../settings/settings-schema';

/**
 * The ClaimReview entries to add, as a user-data import of own entries only: the store
 * then writes them in ONE transaction (all or nothing) and tells open tabs. Settings
 * are the current ones and no dismissals are added, so nothing else changes.
 */
export function claimReviewUserData(
  decisions: readonly ClaimReviewDecision[],
  settings: Settings,
  now = new Date(),
): UserData {
  const at = now.toISOString();
  const userEntries: UserEntryRecord[] = decisions.flatMap((d) =>
    d.action === 'add' || d.action === 'rename'
      ? [{ id: d.entry.id, entry: d.entry, createdAt: at, updatedAt: at }]
      : [],
  );
  return {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_FORMAT_VERSION,
    exportedAt: at,
    userEntries,
    notes: [],
    settings,
    dismissals: [],
  };
}
