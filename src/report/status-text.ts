import type { Status } from '../kb/schema';
import { STATUS_WORDS } from '../ui/badge/status-words';

/** A status as a word in reports, or what to say when the KB had none on that day. */
export function statusWord(status: Status | null): string {
  return status ? STATUS_WORDS[status] : 'No status yet';
}
