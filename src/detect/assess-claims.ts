import type { Status } from '../kb/schema';
import { statusAt } from '../kb/status';
import type { Matcher } from './load-matcher';
import { OUTCOME_WORDS, STATUS_VERBS } from './status-words';
import type { AssessedClaim, DetectedClaim, MatcherEntry } from './types';

export interface AssessOptions {
  /** The article's publication time (ISO), or null when the page does not say. */
  publishedAt: string | null;
  /** Today as YYYY-MM-DD: passed in so results do not depend on the clock. */
  today: string;
}

/** One run of equal statuses in an entry's timeline: the status and the day it began. */
interface Step {
  status: Status;
  date: string;
}

const SEPARATOR = ' \u00b7 ';

function stepsOf(entry: MatcherEntry): Step[] {
  const steps: Step[] = [];
  for (const [date, status] of entry.timeline) {
    if (steps[steps.length - 1]?.status !== status) steps.push({ status, date });
  }
  return steps;
}

/** The step in effect on `day` (the last one that began on or before it), as an index, or -1. */
function stepOn(steps: readonly Step[], day: string): number {
  let found = -1;
  steps.forEach((step, i) => {
    if (step.date <= day) found = i;
  });
  return found;
}

const publicationDay = (publishedAt: string | null) =>
  publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;

/**
 * Sets each claim against the KB: the entry's status when the article was
 * published, now, since when, whether the article is behind, and a short note
 * ("Reported 2025-07-17 \u00b7 signed 2025-08-07"). Claims whose entry is not in the
 * matcher are dropped.
 */
export function assessClaims(
  matcher: Matcher,
  claims: readonly DetectedClaim[],
  options: AssessOptions,
): AssessedClaim[] {
  const day = publicationDay(options.publishedAt);
  const assessed: AssessedClaim[] = [];
  for (const claim of claims) {
    const entry = matcher.entries.get(claim.entryId);
    if (!entry) continue;
    const timeline = { events: entry.timeline.map(([date, status]) => ({ date, status })) };
    const steps = stepsOf(entry);
    const now = stepOn(steps, options.today);
    const statusAtPublication = day ? statusAt(timeline, day) : null;
    const currentStatus = statusAt(timeline, options.today);
    const differs = (status: Status | null) =>
      status !== null && currentStatus !== null && status !== currentStatus;
    const from = day
      ? stepOn(steps, day)
      : steps.findLastIndex((s, i) => i <= now && s.status === claim.claimedStatus);
    assessed.push({
      ...claim,
      entryTitle: entry.title,
      statusAtPublication,
      currentStatus,
      currentSince: now >= 0 ? steps[now]!.date : null,
      outdated: differs(claim.claimedStatus) || differs(statusAtPublication),
      note: noteFor(entry, steps, from < 0 ? now : from, now),
    });
  }
  return assessed;
}

function noteFor(entry: MatcherEntry, steps: readonly Step[], from: number, now: number): string {
  if (now < 0) return steps[0] ? `First recorded ${steps[0].date}` : '';
  let shown = steps.slice(from, now + 1);
  if (shown.length > 3) shown = [shown[0]!, ...shown.slice(-2)];
  const parts = shown.map(
    ({ status, date }) => `${STATUS_VERBS[status][entry.kind] ?? STATUS_VERBS[status].default} ${date}`,
  );
  if (entry.outcome)
    parts.push(`${OUTCOME_WORDS[entry.outcome.kind]}${entry.outcome.date ? ` ${entry.outcome.date}` : ''}`);
  const note = parts.join(SEPARATOR);
  return note.charAt(0).toUpperCase() + note.slice(1);
}
