import type { PolicyEvent, Status } from './schema';

/** What status-over-time needs of an entry: its dated events, oldest first. */
export interface Timeline {
  readonly events: readonly Pick<PolicyEvent, 'date' | 'status'>[];
}

/** The status an entry had on a day, and the event that set it. */
export interface StatusOnDate {
  status: Status;
  /** Date of the event that set this status: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  since: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function assertDay(date: string): void {
  if (!DAY.test(date)) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
}

function assertSorted(events: Timeline['events']): void {
  for (let i = 1; i < events.length; i++) {
    const previous = events[i - 1];
    const event = events[i];
    if (previous && event && event.date < previous.date) {
      throw new RangeError(`events must be in date order: ${event.date} comes after ${previous.date}`);
    }
  }
}

/**
 * The status on `date`: the last event on or before it (of several the same day,
 * the last listed), or null before the first event. Unsorted events are rejected
 * rather than guessed at.
 */
export function statusOn(entry: Timeline, date: string): StatusOnDate | null {
  assertDay(date);
  assertSorted(entry.events);
  let found: StatusOnDate | null = null;
  for (const event of entry.events) {
    // String comparison is date comparison for YYYY-MM-DD; a month-only "YYYY-MM" (or year-only "YYYY")
    // sorts before each day of its month (or year), so it counts from that start.
    if (event.date > date) break;
    found = { status: event.status, since: event.date };
  }
  return found;
}

/** statusAt(entry, date): the status on that day, or null before the first event. */
export function statusAt(entry: Timeline, date: string): Status | null {
  return statusOn(entry, date)?.status ?? null;
}

/** The status now; `today` is passed in so results do not depend on the clock. */
export function currentStatus(entry: Timeline, today: string): Status | null {
  return statusAt(entry, today);
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
