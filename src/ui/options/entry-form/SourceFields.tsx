import type { FieldErrors } from '../form/field-errors';
import { fieldDomId } from './entry-field-map';
import { emptySource, type SourceDraft } from './entry-draft';
import { AddButton, TextInput } from './inputs';

interface SourceFieldsProps {
  /** The field key of the list, e.g. `events.0.sources`. */
  name: string;
  sources: SourceDraft[];
  errors: FieldErrors;
  onChange(sources: SourceDraft[]): void;
}

/** An event's (or the outcome's) sources: https link, title, publisher, primary flag. */
export function SourceFields({ name, sources, errors, onChange }: SourceFieldsProps) {
  const set = (i: number, change: Partial<SourceDraft>) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <div class="sources-fields">
      {sources.map((source, i) => {
        const key = `${name}.${i}`;
        return (
          <fieldset key={i} class="source">
            <legend>Source {i + 1}</legend>
            <TextInput
              name={`${key}.url`}
              label="Link (https)"
              url
              value={source.url}
              errors={errors}
              onValue={(url) => set(i, { url })}
            />
            <TextInput
              name={`${key}.title`}
              label="Title"
              value={source.title}
              errors={errors}
              onValue={(title) => set(i, { title })}
            />
            <TextInput
              name={`${key}.publisher`}
              label="Publisher"
              value={source.publisher}
              errors={errors}
              onValue={(publisher) => set(i, { publisher })}
            />
            <label class="check" for={fieldDomId(`${key}.primary`)}>
              <input
                id={fieldDomId(`${key}.primary`)}
                type="checkbox"
                checked={source.primary}
                onChange={(e) => set(i, { primary: e.currentTarget.checked })}
              />
              Primary source (the government, court, legislature or organisation itself)
            </label>
            <button type="button" class="danger" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
              Remove source {i + 1}
            </button>
          </fieldset>
        );
      })}
      <AddButton name={name} errors={errors} onClick={() => onChange([...sources, emptySource()])}>
        Add a source
      </AddButton>
    </div>
  );
}
