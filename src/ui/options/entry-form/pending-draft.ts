import type { EntryCandidate } from '../../../claimreview/entry-candidate';

/**
 * A candidate handed to the next "new entry" form in this page (a ClaimReview the user
 * chose to complete): taken once, so reloading the form starts empty.
 */
let pending: EntryCandidate | null = null;

export function offerDraft(candidate: EntryCandidate): void {
  pending = candidate;
}

export function takeDraft(): EntryCandidate | null {
  const taken = pending;
  pending = null;
  return taken;
}
