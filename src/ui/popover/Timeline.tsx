import type { PolicyEvent } from '../../kb/schema';
import { STATUS_WORDS } from '../badge/status-words';
import { SafeLink } from '../shared/SafeLink';

/** The entry's dated events, oldest first, each with its sources (https links only, through SafeLink). */
export function Timeline({ events }: { events: readonly PolicyEvent[] }) {
  return (
    <ol class="timeline">
      {events.map((event, i) => (
        <li key={`${event.date}-${i}`} data-status={event.status}>
          <div class="event-head">
            <time dateTime={event.date}>{event.date}</time>
            <span class={`chip chip-${event.status}`}>{STATUS_WORDS[event.status]}</span>
          </div>
          <p class="event-summary">{event.summary}</p>
          <ul class="sources">
            {event.sources.map((source, j) => (
              <li key={j}>
                <SafeLink href={source.url}>{source.title}</SafeLink>
                <span class="publisher">
                  {' '}
                  ({source.publisher}
                  {source.primary ? ', primary source' : ''})
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
