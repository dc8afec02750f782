import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../form/field-errors';
import { ErrorText, Field, controlProps } from '../form/Field';
import { fieldDomId } from './entry-field-map';

/** What every entry-form input needs: the field key (errors are keyed by it) and the errors. */
interface InputBase {
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
}

export function TextInput(
  props: InputBase & { value: string; onValue(v: string): void; readOnly?: boolean; url?: boolean },
) {
  return (
    <Field
      id={fieldDomId(props.name)}
      label={props.label}
      hint={props.hint}
      errors={props.errors[props.name]}
    >
      {(attrs) => (
        <input
          {...attrs}
          type="text"
          inputMode={props.url ? 'url' : undefined}
          spellcheck={props.url ? false : undefined}
          value={props.value}
          readOnly={props.readOnly}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: InputBase & { value: string; onValue(v: string): void; rows?: number }) {
  return (
    <Field
      id={fieldDomId(props.name)}
      label={props.label}
      hint={props.hint}
      errors={props.errors[props.name]}
    >
      {(attrs) => (
        <textarea
          {...attrs}
          rows={props.rows ?? 3}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function Select<T extends string>(
  props: InputBase & {
    value: T | '';
    options: readonly { value: T; label: string }[];
    onValue(v: T | ''): void;
  },
) {
  return (
    <Field
      id={fieldDomId(props.name)}
      label={props.label}
      hint={props.hint}
      errors={props.errors[props.name]}
    >
      {(attrs) => (
        <select
          {...attrs}
          value={props.value}
          onChange={(e) => props.onValue(e.currentTarget.value as T | '')}
        >
          <option value="">Choose{'\u2026'}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * An "Add ..." button that also carries the errors of its whole list ("an event needs at
 * least one source"): described by them, and the place focus goes when they are first.
 */
export function AddButton(props: {
  name: string;
  errors: FieldErrors;
  onClick(): void;
  children: ComponentChildren;
}) {
  const id = fieldDomId(props.name);
  const errors = props.errors[props.name];
  const { 'aria-describedby': describedBy } = controlProps(id, errors);
  return (
    <div class="add-row">
      <button
        type="button"
        id={id}
        aria-describedby={describedBy}
        data-error={errors?.length ? 'true' : undefined}
        onClick={props.onClick}
      >
        {props.children}
      </button>
      <ErrorText id={id} errors={errors} />
    </div>
  );
}
