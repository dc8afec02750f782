import type { Outcome, Status } from '../../kb/schema';
import type { AssessedClaim } from '../../detect/types';
import { OUTCOME_WORDS } from '../../detect/status-words';

/** A proposal that ended without becoming official: vetoed, died in committee... */
export type OutcomeKind = Outcome['kind'];

/** What a badge shows and says; derived from an assessed claim. */
export interface BadgeView {
  entryId: string;
  entryTitle: string;
  currentStatus: Status;
  /** When the current status took effect (YYYY-MM-DD or YYYY-MM), if known. */
  currentSince: string | null;
  claimedStatus: Status | null;
  statusAtPublication: Status | null;
  outdated: boolean;
  /** The status comes from the reader's own entry or note, not the shipped KB. */
  local: boolean;
  /** How the proposal ended, shown beside its status ("Proposed \u00b7 vetoed"). */
  outcome: OutcomeKind | null;
}

export const STATUS_WORDS: Record<Status, string> = {
  proposed: 'Proposed',
  reported: 'Reported',
  official: 'Official',
  rescinded: 'Rescinded',
};

/**
 * The status the article is behind on, for "Reported -> now Official": what the sentence
 * claimed when that differs from now, else the status when the article was published.
 */
export function staleStatus(view: BadgeView): Status | null {
  if (!view.outdated) return null;
  if (view.claimedStatus && view.claimedStatus !== view.currentStatus) return view.claimedStatus;
  if (view.statusAtPublication && view.statusAtPublication !== view.currentStatus) {
    return view.statusAtPublication;
  }
  return null;
}

/** The whole status sentence a screen reader announces for a badge. */
export function badgeAriaLabel(view: BadgeView): string {
  const since = view.currentSince ? ` since ${view.currentSince}` : '';
  const ended = view.outcome ? ` (${OUTCOME_WORDS[view.outcome]})` : '';
  const parts = [`Statusmark: ${STATUS_WORDS[view.currentStatus]}${since}${ended}, ${view.entryTitle}.`];
  const stale = staleStatus(view);
  if (stale) parts.push(`Outdated: the article says ${STATUS_WORDS[stale].toLowerCase()}.`);
  if (view.local) parts.push('Status from your own notes.');
  parts.push('Open details.');
  return parts.join(' ');
}

/** The badge's view of a claim; null when the KB gives the entry no status today. */
export function badgeView(
  claim: AssessedClaim & { local?: boolean; outcome?: OutcomeKind },
): BadgeView | null {
  if (!claim.currentStatus) return null;
  return {
    entryId: claim.entryId,
    entryTitle: claim.entryTitle,
    currentStatus: claim.currentStatus,
    currentSince: claim.currentSince,
    claimedStatus: claim.claimedStatus,
    statusAtPublication: claim.statusAtPublication,
    outdated: claim.outdated,
    local: claim.local === true,
    outcome: claim.outcome ?? null,
  };
}

export { OUTCOME_WORDS };
