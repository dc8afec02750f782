import type { ComponentChildren } from 'preact';

/** The attributes that tie a control to its label's id, its hint and its errors. */
export function controlProps(id: string, errors: readonly string[] | undefined, hint?: boolean) {
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export function ErrorText({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <div class="error-text" id={`${id}-error`}>
      {errors.map((message, i) => (
        <p class="error" key={i}>
          {message}
        </p>
      ))}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[] | undefined;
  /** The control, given the attributes from controlProps (spread them on it). */
  children(props: ReturnType<typeof controlProps>): ComponentChildren;
}

/** A labelled control with its hint and, when invalid, its errors right under it. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children(controlProps(id, errors, Boolean(hint)))}
      <ErrorText id={id} errors={errors} />
    </div>
  );
}
