import { useRef, useState } from 'preact/hooks';
import { noteInputSchema, type NoteRecord } from '../../../db/records';
import { STATUSES, type Status } from '../../../kb/schema';
import { todayIso } from '../../../kb/status';
import { requestFromPage } from '../../../messaging/send';
import { RequestError } from '../../../messaging/reply';
import { STATUS_WORDS } from '../../badge/status-words';
import {
  errorsByField,
  issuesFromProblems,
  toIssues,
  type FieldErrors,
  type IssuePath,
} from '../form/field-errors';
import { ErrorText, Field, controlProps } from '../form/Field';

interface NoteFormProps {
  entryId: string;
  /** The note to edit; a new note when absent. */
  note?: NoteRecord;
  onDone(): void;
}

function fieldOf(path: IssuePath) {
  if (path[0] === 'verified') {
    const key = path[1];
    return { field: key === 'status' ? 'note-status' : key === 'date' ? 'note-date' : 'note-how' };
  }
  return { field: 'note-text' };
}

/** Adds or edits a note: free text, a status the user verified themselves, or both. */
export function NoteForm({ entryId, note, onDone }: NoteFormProps) {
  const [text, setText] = useState(note?.text ?? '');
  const [verify, setVerify] = useState(note?.verified !== undefined);
  const [status, setStatus] = useState<Status | ''>(note?.verified?.status ?? '');
  const [date, setDate] = useState(note?.verified?.date ?? todayIso());
  const [how, setHow] = useState(note?.verified?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = {
      entryId,
      ...(text.trim() ? { text } : {}),
      ...(verify ? { verified: { status, date, ...(how.trim() ? { note: how } : {}) } } : {}),
    };
    const parsed = noteInputSchema.safeParse(input);
    if (!parsed.success) return showErrors(errorsByField(toIssues(parsed.error.issues), fieldOf));
    setBusy(true);
    try {
      if (note) await requestFromPage({ type: 'updateNote', id: note.id, note: parsed.data });
      else await requestFromPage({ type: 'addNote', note: parsed.data });
      onDone();
    } catch (error) {
      const issues =
        error instanceof RequestError && error.problems.length
          ? issuesFromProblems(error.problems)
          : [{ path: [], message: error instanceof Error ? error.message : String(error) }];
      showErrors(errorsByField(issues, fieldOf));
    } finally {
      setBusy(false);
    }
  };
  const prefix = note ? `note-${note.id}` : 'note-new';
  const id = (field: string) => `${prefix}-${field}`;
  const err = (field: string) => errors[field];
  return (
    <form
      ref={form}
      class="note-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={note ? 'Edit note' : 'Add a note'}
    >
      <Field id={id('note-text')} label="Note" errors={err('note-text')}>
        {(props) => <textarea {...props} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>
      <label class="check">
        <input type="checkbox" checked={verify} onChange={(e) => setVerify(e.currentTarget.checked)} />
        Record a status I verified myself (shown as "local" in badges and reports)
      </label>
      {verify ? (
        <fieldset class="verified">
          <legend>Verified status</legend>
          <div class="field">
            <label for={id('note-status')}>Status</label>
            <select
              {...controlProps(id('note-status'), err('note-status'))}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as Status)}
            >
              <option value="">Choose a status</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s]}
                </option>
              ))}
            </select>
            <ErrorText id={id('note-status')} errors={err('note-status')} />
          </div>
          <Field id={id('note-date')} label="Since (the day your sources show it)" errors={err('note-date')}>
            {(props) => (
              <input {...props} type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
            )}
          </Field>
          <Field id={id('note-how')} label="How you verified it (optional)" errors={err('note-how')}>
            {(props) => (
              <input {...props} type="text" value={how} onInput={(e) => setHow(e.currentTarget.value)} />
            )}
          </Field>
        </fieldset>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {note ? 'Save note' : 'Add note'}
        </button>
        {note ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
