import { useEffect, useRef, useState } from 'preact/hooks';
import { RequestError } from '../../../messaging/reply';
import { requestFromPage } from '../../../messaging/send';
import { errorsByField, issuesFromProblems, type FieldErrors } from '../form/field-errors';
import { entryHash } from '../route';
import { useKb } from '../use-kb';
import { navigate } from '../use-route';
import { BasicFields } from './BasicFields';
import { DetectionFields } from './DetectionFields';
import { draftFromEntry, draftToInput, emptyDraft, type EntryDraft } from './entry-draft';
import { checkDraft, entryFieldOf } from './entry-field-map';
import { EventFields } from './EventFields';
import { TextArea } from './inputs';
import { OutcomeFields } from './OutcomeFields';
import { takeDraft } from './pending-draft';

const countProblems = (errors: FieldErrors) => Object.values(errors).reduce((n, list) => n + list.length, 0);

function EntryForm({
  initial,
  editing,
  validateNow,
}: {
  initial: EntryDraft;
  editing: boolean;
  validateNow: boolean;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const change = (delta: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...delta }));

  const show = (next: FieldErrors, focus: boolean) => {
    setErrors(next);
    if (!focus) return;
    // The first field in error, in the form's order; the summary when only the whole form is wrong.
    requestAnimationFrame(() => {
      const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
      (first ?? form.current?.querySelector<HTMLElement>('.form-problems'))?.focus();
    });
  };
  useEffect(() => {
    // A ClaimReview candidate: show at once what it lacks.
    if (validateNow) {
      const check = checkDraft(initial);
      if (!check.ok) show(check.errors, false);
    }
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkDraft(draft);
    if (!check.ok) return show(check.errors, true);
    setBusy(true);
    try {
      await requestFromPage({ type: editing ? 'updateUserEntry' : 'createUserEntry', entry: check.entry });
      navigate(entryHash(check.entry.id));
    } catch (error) {
      const lines = draftToInput(draft).lines;
      const issues =
        error instanceof RequestError && error.problems.length
          ? issuesFromProblems(error.problems)
          : [
              {
                path: error instanceof RequestError && error.code === 'conflict' ? ['id'] : [],
                message: error instanceof Error ? error.message : String(error),
              },
            ];
      show(
        errorsByField(issues, (path) => entryFieldOf(path, lines)),
        true,
      );
    } finally {
      setBusy(false);
    }
  };
  const total = countProblems(errors);
  return (
    <form
      ref={form}
      class="entry-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="form-heading"
    >
      {total > 0 ? (
        <div class="problems form-problems" role="alert" tabIndex={-1} data-testid="form-problems">
          <p>
            <strong>
              {total} problem{total === 1 ? '' : 's'} to fix.
            </strong>{' '}
            Each is shown beside its field.
          </p>
          {errors['']?.length ? (
            <ul>
              {errors[''].map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <BasicFields draft={draft} errors={errors} editing={editing} onChange={change} />
      <EventFields events={draft.events} errors={errors} onChange={(events) => change({ events })} />
      <OutcomeFields draft={draft} errors={errors} onChange={change} />
      <fieldset class="group">
        <legend>Caveats and related entries</legend>
        <TextArea
          name="caveats"
          label="Caveats (one per line)"
          hint="Common misstatements and limits"
          value={draft.caveats}
          errors={errors}
          onValue={(caveats) => change({ caveats })}
        />
        <TextArea
          name="related"
          label="Related entry ids (one per line)"
          value={draft.related}
          errors={errors}
          onValue={(related) => change({ related })}
        />
      </fieldset>
      <DetectionFields draft={draft} errors={errors} onChange={change} />
      <div class="actions sticky-actions">
        <button type="submit" class="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Add entry'}
        </button>
        <a class="button" href={editing ? entryHash(draft.id) : '#/'}>
          Cancel
        </a>
      </div>
    </form>
  );
}

/** Add an own entry, or edit one: every field of the schema, checked by the same schema. */
export function EntryFormPage({ editId }: { editId?: string }) {
  const kb = useKb();
  const [candidate] = useState(() => (editId ? null : takeDraft()));
  const heading = editId
    ? 'Edit your entry'
    : candidate
      ? 'Complete the imported entry'
      : 'Add an entry of your own';
  let body;
  if (!editId) {
    body = (
      <EntryForm
        initial={candidate ? draftFromEntry(candidate) : emptyDraft()}
        editing={false}
        validateNow={candidate !== null}
      />
    );
  } else if (kb.state !== 'ready') {
    body = <p role="status">Loading the entry{'\u2026'}</p>;
  } else {
    const item = kb.value.find((i) => i.entry.id === editId && i.origin === 'local');
    body = item ? (
      <EntryForm key={editId} initial={draftFromEntry(item.entry)} editing validateNow={false} />
    ) : (
      <p>
        Only your own entries can be edited. To record what you found about a shipped entry, add a note or a
        verified status on <a href={entryHash(editId)}>its page</a>.
      </p>
    );
  }
  return (
    <section>
      <h1 id="form-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p class="hint">
        Own entries stay on this device, are shown as "local" in badges and reports, and KB updates never
        change them.
      </p>
      {body}
    </section>
  );
}
