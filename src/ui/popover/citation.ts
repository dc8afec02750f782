import type { Source, Status } from '../../kb/schema';
import { isSafeLink } from './safe-link';
import { STATUS_WORDS } from '../badge/status-words';
import type { EntryDetails } from './entry-details';

export interface CitationInput {
  details: EntryDetails;
  currentStatus: Status;
  currentSince: string | null;
  /** The day the status is stated for (today), YYYY-MM-DD. */
  asOf: string;
  local: boolean;
}

/**
 * The source to cite: a primary source of the event that set the current status,
 * else the newest primary source, else the newest source of any kind. https only.
 */
export function primarySource(details: EntryDetails, currentStatus: Status): Source | null {
  const events = [...details.entry.events].reverse();
  const safe = (sources: readonly Source[]) => sources.filter((s) => isSafeLink(s.url));
  const setting = events.find((e) => e.status === currentStatus);
  return (
    safe(setting?.sources ?? []).find((s) => s.primary) ??
    events.flatMap((e) => safe(e.sources)).find((s) => s.primary) ??
    events.flatMap((e) => safe(e.sources))[0] ??
    null
  );
}

/**
 * A plain-text citation a journalist can paste anywhere:
 *
 *   Executive Order 14330: ... - Official since 2025-08-07 (as of 2026-11-27).
 *   Primary source: The White House, "Democratizing Access ...", https://www.whitehouse.gov/...
 *   Statusmark KB version 2026112701, entry us-eo-14330-alt-assets-401k.
 */
export function formatCitation(input: CitationInput): string {
  const { details, currentStatus, currentSince, asOf, local } = input;
  const since = currentSince ? ` since ${currentSince}` : '';
  const localNote = local ? " (status from the reader's own notes)" : '';
  const source = primarySource(details, currentStatus);
  const lines = [
    `${details.entry.title} - ${STATUS_WORDS[currentStatus]}${since} (as of ${asOf})${localNote}.`,
    source
      ? `${source.primary ? 'Primary source' : 'Source'}: ${source.publisher}, "${source.title}", ${source.url}`
      : 'Source: none recorded.',
    `Statusmark KB version ${details.kbVersion}, entry ${details.entry.id}.`,
  ];
  return lines.join('\n');
}
