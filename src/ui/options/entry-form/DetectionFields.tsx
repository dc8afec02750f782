import { LEXICON } from '../../../detect/lexicon';
import type { FieldErrors } from '../form/field-errors';
import { emptyRule, type EntryDraft, type RuleDraft } from './entry-draft';
import { AddButton, TextArea, TextInput } from './inputs';

const WORD_SETS = Object.keys(LEXICON)
  .map((k) => `@${k}`)
  .join(', ');

/** What finds the entry in articles: names, co-occurrence rules, exclusions and tie-breakers. */
export function DetectionFields(props: {
  draft: EntryDraft;
  errors: FieldErrors;
  onChange(change: Partial<EntryDraft>): void;
}) {
  const { draft, errors, onChange } = props;
  const setRule = (i: number, change: Partial<RuleDraft>) =>
    onChange({ rules: draft.rules.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  return (
    <fieldset class="group">
      <legend>Detection: how Statusmark finds this entry in articles</legend>
      <p class="hint">
        Terms match whole words, ignoring case (plural "s" and possessive "'s" allowed). A term starting with
        "@" names a shared word set: {WORD_SETS}. An entry needs at least one name or one rule.
      </p>
      <TextArea
        name="names"
        label="Names (one per line)"
        hint='Names and numbers that alone identify it, e.g. "EO 14330", "H.R. 5748"'
        value={draft.names}
        errors={errors}
        onValue={(names) => onChange({ names })}
      />
      {draft.rules.map((rule, i) => (
        <fieldset key={i} class="rule">
          <legend>Rule {i + 1}</legend>
          <TextArea
            name={`rules.${i}.all`}
            label="Every line must match (terms of a line separated by commas)"
            hint="e.g. line 1: executive order, order; line 2: 401(k), @retirement; line 3: @crypto"
            value={rule.all}
            errors={errors}
            onValue={(all) => setRule(i, { all })}
          />
          <TextInput
            name={`rules.${i}.none`}
            label="But not when the sentence has (comma-separated)"
            value={rule.none}
            errors={errors}
            onValue={(none) => setRule(i, { none })}
          />
          <button
            type="button"
            class="danger"
            onClick={() => onChange({ rules: draft.rules.filter((_, j) => j !== i) })}
          >
            Remove rule {i + 1}
          </button>
        </fieldset>
      ))}
      <AddButton
        name="rules"
        errors={errors}
        onClick={() => onChange({ rules: [...draft.rules, emptyRule()] })}
      >
        Add a rule
      </AddButton>
      <TextArea
        name="exclude"
        label="Exclude (one per line)"
        hint="A sentence with any of these is not about this entry"
        value={draft.exclude}
        errors={errors}
        onValue={(exclude) => onChange({ exclude })}
      />
      <TextArea
        name="prefer"
        label="Prefer (one per line)"
        hint="When several entries match one sentence, each of these present favours this one"
        value={draft.prefer}
        errors={errors}
        onValue={(prefer) => onChange({ prefer })}
      />
    </fieldset>
  );
}
