import { ENTRY_KINDS } from '../../../kb/schema';
import type { FieldErrors } from '../form/field-errors';
import { kindLabel } from '../labels';
import type { EntryDraft } from './entry-draft';
import { Select, TextArea, TextInput } from './inputs';

const KIND_OPTIONS = ENTRY_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));
const SCOPE_OPTIONS = [
  { value: 'retirement', label: 'Retirement-crypto policy' },
  { value: 'adjacent', label: 'Adjacent: often confused with it' },
] as const;
const CONFIDENCE_OPTIONS = [
  { value: 'confirmed', label: 'Confirmed by primary sources' },
  { value: 'partly-confirmed', label: 'Partly confirmed (some facts from secondary sources)' },
] as const;

interface BasicFieldsProps {
  draft: EntryDraft;
  errors: FieldErrors;
  editing: boolean;
  onChange(change: Partial<EntryDraft>): void;
}

/** Id, title, summary, kind, scope, confidence and jurisdiction. */
export function BasicFields({ draft, errors, editing, onChange }: BasicFieldsProps) {
  return (
    <>
      <fieldset class="group">
        <legend>The entry</legend>
        <TextInput
          name="id"
          label="Id"
          hint={
            editing
              ? 'An entry keeps its id.'
              : 'Lowercase words joined by hyphens, e.g. us-ok-hb-1234-pension-bitcoin'
          }
          value={draft.id}
          readOnly={editing}
          errors={errors}
          onValue={(id) => onChange({ id })}
        />
        <TextInput
          name="title"
          label="Title"
          value={draft.title}
          errors={errors}
          onValue={(title) => onChange({ title })}
        />
        <TextArea
          name="summary"
          label="Summary"
          rows={4}
          value={draft.summary}
          errors={errors}
          onValue={(summary) => onChange({ summary })}
        />
        <div class="row">
          <Select
            name="kind"
            label="Kind"
            value={draft.kind}
            options={KIND_OPTIONS}
            errors={errors}
            onValue={(kind) => onChange({ kind })}
          />
          <Select
            name="scope"
            label="Scope"
            value={draft.scope}
            options={SCOPE_OPTIONS}
            errors={errors}
            onValue={(scope) => onChange({ scope })}
          />
          <Select
            name="confidence"
            label="Confidence"
            value={draft.confidence}
            options={CONFIDENCE_OPTIONS}
            errors={errors}
            onValue={(confidence) => onChange({ confidence })}
          />
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Jurisdiction</legend>
        <div class="row">
          <TextInput
            name="country"
            label="Country code"
            hint='Two letters, e.g. "US", "GB", "JP"'
            value={draft.country}
            errors={errors}
            onValue={(country) => onChange({ country })}
          />
          <TextInput
            name="region"
            label="State or region (optional)"
            value={draft.region}
            errors={errors}
            onValue={(region) => onChange({ region })}
          />
          <TextInput
            name="locality"
            label="City or local body (optional)"
            value={draft.locality}
            errors={errors}
            onValue={(locality) => onChange({ locality })}
          />
        </div>
      </fieldset>
    </>
  );
}
