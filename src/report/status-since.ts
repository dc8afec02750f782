import type { Status } from '../kb/schema';
import type { Timeline } from '../kb/status';
import { statusOn } from '../kb/status';

/**
 * The status on a day and since when it has held: the first event of the run of equal
 * statuses that leads up to the day. statusOn gives the last event ("official" on the
 * day the order was published in the Federal Register); a reader wants the day it
 * became official (signed), as the badges say.
 */
export function statusSince(entry: Timeline, day: string): { status: Status; since: string } | null {
  const found = statusOn(entry, day);
  if (!found) return null;
  let since = found.since;
  for (const event of entry.events) {
    if (event.date > day) break;
    if (event.status !== found.status) since = '';
    else if (since === '' || event.date < since) since = event.date;
  }
  return { status: found.status, since: since || found.since };
}
