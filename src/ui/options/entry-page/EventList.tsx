import type { PolicyEvent, Source } from '../../../kb/schema';
import type { NoteRecord } from '../../../db/records';
import { readableDate } from '../../shared/dates';
import { SafeLink } from '../../shared/SafeLink';
import { LocalMark, StatusChip } from '../../shared/StatusChip';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source, i) => (
        <li key={i}>
          <SafeLink href={source.url}>{source.title}</SafeLink>
          <span class="publisher">
            {' '}
            {'\u2014'} {source.publisher}
          </span>
          {source.primary ? <span class="primary-flag">primary source</span> : null}
        </li>
      ))}
    </ul>
  );
}

type Row =
  | { kind: 'event'; date: string; event: PolicyEvent }
  | { kind: 'verified'; date: string; note: NoteRecord & { verified: NonNullable<NoteRecord['verified']> } };

/**
 * The entry's events as a list, oldest first, with the user's verified statuses in
 * place: the timeline's text alternative, and where its sources are listed.
 */
export function EventList({
  id,
  events,
  notes,
}: {
  id: string;
  events: readonly PolicyEvent[];
  notes: readonly NoteRecord[];
}) {
  const rows: Row[] = [
    ...events.map((event): Row => ({ kind: 'event', date: event.date, event })),
    ...notes.flatMap((note): Row[] =>
      note.verified
        ? [{ kind: 'verified', date: note.verified.date, note: { ...note, verified: note.verified } }]
        : [],
    ),
  ];
  const ordered = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.i - b.i))
    .map(({ row }) => row);
  return (
    <ol class="events" id={id} aria-label="Events, oldest first">
      {ordered.map((row, i) => (
        <li
          key={i}
          class="event"
          data-status={row.kind === 'event' ? row.event.status : row.note.verified.status}
        >
          <p class="event-head">
            <time dateTime={row.date}>{readableDate(row.date)}</time>
            <StatusChip status={row.kind === 'event' ? row.event.status : row.note.verified.status} />
            {row.kind === 'verified' ? <LocalMark title="A status you verified yourself" /> : null}
          </p>
          {row.kind === 'event' ? (
            <>
              <p>{row.event.summary}</p>
              <SourceList sources={row.event.sources} />
            </>
          ) : (
            <p>Verified by you{row.note.verified.note ? `: ${row.note.verified.note}` : '.'}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
