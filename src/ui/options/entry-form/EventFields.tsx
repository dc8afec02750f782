import { STATUSES } from '../../../kb/schema';
import { STATUS_WORDS } from '../../badge/status-words';
import type { FieldErrors } from '../form/field-errors';
import { emptyEvent, type EventDraft } from './entry-draft';
import { AddButton, Select, TextArea, TextInput } from './inputs';
import { SourceFields } from './SourceFields';

const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s, label: STATUS_WORDS[s] }));

/** The dated events, oldest first, each with its status, what happened, and its sources. */
export function EventFields(props: {
  events: EventDraft[];
  errors: FieldErrors;
  onChange(events: EventDraft[]): void;
}) {
  const { events, errors, onChange } = props;
  const set = (i: number, change: Partial<EventDraft>) =>
    onChange(events.map((e, j) => (j === i ? { ...e, ...change } : e)));
  return (
    <fieldset class="group">
      <legend>Timeline (events oldest first)</legend>
      {events.map((event, i) => {
        const key = `events.${i}`;
        return (
          <fieldset key={i} class="event-fields">
            <legend>Event {i + 1}</legend>
            <div class="row">
              <TextInput
                name={`${key}.date`}
                label="Date"
                hint="YYYY-MM-DD, or YYYY-MM / YYYY when sources give no day"
                value={event.date}
                errors={errors}
                onValue={(date) => set(i, { date })}
              />
              <Select
                name={`${key}.status`}
                label="Status"
                value={event.status}
                options={STATUS_OPTIONS}
                errors={errors}
                onValue={(status) => set(i, { status })}
              />
            </div>
            <TextArea
              name={`${key}.summary`}
              label="What happened"
              value={event.summary}
              errors={errors}
              onValue={(summary) => set(i, { summary })}
            />
            <SourceFields
              name={`${key}.sources`}
              sources={event.sources}
              errors={errors}
              onChange={(sources) => set(i, { sources })}
            />
            {events.length > 1 ? (
              <button type="button" class="danger" onClick={() => onChange(events.filter((_, j) => j !== i))}>
                Remove event {i + 1}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <AddButton name="events" errors={errors} onClick={() => onChange([...events, emptyEvent()])}>
        Add an event
      </AddButton>
    </fieldset>
  );
}
