import { OUTCOME_KINDS } from '../../../kb/schema';
import type { FieldErrors } from '../form/field-errors';
import type { EntryDraft } from './entry-draft';
import { Select, TextArea, TextInput } from './inputs';
import { SourceFields } from './SourceFields';

const OUTCOME_OPTIONS = OUTCOME_KINDS.map((kind) => ({ value: kind, label: kind.replace(/-/g, ' ') }));

/** How a proposal ended without becoming official (vetoed, died...): shown beside the status. */
export function OutcomeFields(props: {
  draft: EntryDraft;
  errors: FieldErrors;
  onChange(change: Partial<EntryDraft>): void;
}) {
  const { draft, errors, onChange } = props;
  const outcome = draft.outcome;
  const set = (change: Partial<EntryDraft['outcome']>) => onChange({ outcome: { ...outcome, ...change } });
  return (
    <fieldset class="group">
      <legend>Outcome</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.hasOutcome}
          onChange={(e) => onChange({ hasOutcome: e.currentTarget.checked })}
        />
        This proposal ended without becoming official
      </label>
      {draft.hasOutcome ? (
        <>
          <Select
            name="outcome.kind"
            label="How it ended"
            value={outcome.kind}
            options={OUTCOME_OPTIONS}
            errors={errors}
            onValue={(kind) => set({ kind })}
          />
          <TextInput
            name="outcome.date"
            label="Date (optional)"
            hint="YYYY-MM-DD, YYYY-MM or YYYY"
            value={outcome.date}
            errors={errors}
            onValue={(date) => set({ date })}
          />
          <TextArea
            name="outcome.summary"
            label="What happened"
            value={outcome.summary}
            errors={errors}
            onValue={(summary) => set({ summary })}
          />
          <SourceFields
            name="outcome.sources"
            sources={outcome.sources}
            errors={errors}
            onChange={(sources) => set({ sources })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
