import type { Status } from '../../kb/schema';
import { STATUS_WORDS } from '../badge/status-words';
import { StatusIcon } from './StatusIcon';

/** A status as a chip: icon, word and colour. `null` (before the first event) reads "No status yet". */
export function StatusChip({ status, suffix }: { status: Status | null; suffix?: string }) {
  if (!status) return <span class="chip">No status yet</span>;
  return (
    <span class={`chip status-${status}`} data-status={status}>
      <StatusIcon status={status} />
      {STATUS_WORDS[status]}
      {suffix ? ` ${suffix}` : ''}
    </span>
  );
}

/** The "local" mark: the status comes from the user's own entry or verified note. */
export function LocalMark({ title = 'From your own entry or notes' }: { title?: string }) {
  return (
    <span class="chip local" data-local="true" title={title}>
      local
    </span>
  );
}

/** The "outdated" mark: the article is behind the KB. */
export function OutdatedMark() {
  return <span class="chip outdated">outdated</span>;
}
