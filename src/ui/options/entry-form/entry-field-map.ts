import { entrySchema, type Entry } from '../../../kb/schema';
import { draftToInput, type DraftLines, type EntryDraft } from './entry-draft';
import {
  errorsByField,
  toIssues,
  type FieldErrors,
  type FieldTarget,
  type Issue,
  type IssuePath,
} from '../form/field-errors';

/**
 * Where each entrySchema issue shows in the entry form. Field keys follow the form's
 * layout: `title`, `country`, `events.0.sources.1.url`, `rules.0.all`, `names`...; a
 * list written one item per line gets its errors with the line ("Line 3: ...").
 * DOM-free and unit-tested; the form turns a key into an element id with fieldDomId.
 */

export const fieldDomId = (key: string) => `f-${key.replace(/\./g, '-')}`;

const line = (lines: readonly number[], index: unknown) =>
  typeof index === 'number' ? `Line ${lines[index] ?? index + 1}: ` : '';

const DETECT_LISTS = ['names', 'exclude', 'prefer'] as const;

export function entryFieldOf(path: IssuePath, lines: DraftLines): FieldTarget {
  const [head, a, b, c, d, e] = path;
  switch (head) {
    case 'id':
    case 'title':
    case 'summary':
    case 'kind':
    case 'scope':
    case 'confidence':
      return { field: head };
    case 'jurisdiction':
      return { field: a === 'region' || a === 'locality' ? a : 'country' };
    case 'events':
    case 'outcome': {
      const base = head === 'events' ? `events.${String(a)}` : 'outcome';
      const rest = head === 'events' ? [b, c, d] : [a, b, c];
      if (head === 'events' && typeof a !== 'number') return { field: 'events' };
      const [field, index, sourceField] = rest;
      if (field === 'sources') {
        return typeof index === 'number' && typeof sourceField === 'string'
          ? { field: `${base}.sources.${index}.${sourceField}` }
          : { field: `${base}.sources` };
      }
      return {
        field:
          typeof field === 'string'
            ? `${base}.${field}`
            : head === 'events'
              ? `${base}.date`
              : 'outcome.kind',
      };
    }
    case 'caveats':
    case 'related':
      return { field: head, prefix: line(lines[head], a) };
    case 'detect': {
      if ((DETECT_LISTS as readonly unknown[]).includes(a)) {
        return { field: a as string, prefix: line(lines[a as (typeof DETECT_LISTS)[number]], b) };
      }
      if (a === 'rules' && typeof b === 'number') {
        if (c === 'none')
          return { field: `rules.${b}.none`, prefix: typeof d === 'number' ? `Term ${d + 1}: ` : '' };
        const groupLine = typeof d === 'number' ? `Line ${lines.ruleGroups[b]?.[d] ?? d + 1}` : '';
        const term = typeof e === 'number' ? `, term ${e + 1}` : '';
        return { field: `rules.${b}.all`, prefix: groupLine ? `${groupLine}${term}: ` : '' };
      }
      if (a === 'rules') return { field: 'rules' };
      // "detection rules need at least one name or one rule": shown with the names.
      return { field: 'names' };
    }
    default:
      return { field: '' };
  }
}

/** Select fields whose blank value Zod reports as an invalid option: say "choose" instead. */
function friendlier(issue: Issue, draft: EntryDraft): Issue {
  const [head, a, b] = issue.path;
  const blank =
    (head === 'kind' && draft.kind === '') ||
    (head === 'scope' && draft.scope === '') ||
    (head === 'confidence' && draft.confidence === '') ||
    (head === 'events' && typeof a === 'number' && b === 'status' && draft.events[a]?.status === '') ||
    (head === 'outcome' && a === 'kind' && draft.outcome.kind === '');
  return blank ? { ...issue, message: 'Choose one from the list.' } : issue;
}

export function entryFormErrors(issues: readonly Issue[], draft: EntryDraft, lines: DraftLines): FieldErrors {
  return errorsByField(
    issues.map((issue) => friendlier(issue, draft)),
    (path) => entryFieldOf(path, lines),
  );
}

export type DraftCheck = { ok: true; entry: Entry } | { ok: false; errors: FieldErrors };

/** Validates the draft with entrySchema, the same schema the store and imports use. */
export function checkDraft(draft: EntryDraft): DraftCheck {
  const { input, lines } = draftToInput(draft);
  const parsed = entrySchema.safeParse(input);
  return parsed.success
    ? { ok: true, entry: parsed.data }
    : { ok: false, errors: entryFormErrors(toIssues(parsed.error.issues), draft, lines) };
}
