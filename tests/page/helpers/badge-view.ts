import type { BadgeView } from '../../../src/ui/badge/status-words';

/** Any badge's view, for tests where only the badge element matters. */
export const ANY_BADGE_VIEW: BadgeView = {
  entryId: 'e',
  entryTitle: 'E',
  currentStatus: 'official',
  currentSince: null,
  claimedStatus: null,
  statusAtPublication: null,
  outdated: false,
  local: false,
  outcome: null,
};
