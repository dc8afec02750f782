import { describe, expect, it } from 'vitest';
import {
  draftFromEntry,
  draftToInput,
  emptyDraft,
  type EntryDraft,
} from '../../../src/ui/options/entry-form/entry-draft';
import { checkDraft, entryFieldOf, fieldDomId } from '../../../src/ui/options/entry-form/entry-field-map';
import { issuesFromProblems } from '../../../src/ui/options/form/field-errors';
import { order } from '../../report/fixtures';

const errorsOf = (draft: EntryDraft) => {
  const result = checkDraft(draft);
  if (result.ok) throw new Error('expected the draft to be invalid');
  return result.errors;
};

describe('entry form: Zod issues beside their fields', () => {
  it('flags every required field of an empty form, each beside its own field', () => {
    const errors = errorsOf(emptyDraft());
    expect(Object.keys(errors)).toEqual([
      'id',
      'title',
      'summary',
      'country',
      'kind',
      'scope',
      'events.0.date',
      'events.0.status',
      'events.0.summary',
      'events.0.sources.0.url',
      'events.0.sources.0.title',
      'events.0.sources.0.publisher',
      'confidence',
      'names',
    ]);
    expect(errors.kind).toEqual(['Choose one from the list.']);
    expect(errors['events.0.status']).toEqual(['Choose one from the list.']);
    expect(errors.names).toEqual(['detection rules need at least one name or one rule']);
  });

  it('says which line of a one-per-line list is wrong, counting blank lines', () => {
    const draft = {
      ...draftFromEntry(order),
      caveats: 'Fine.\n\n   \n',
      names: 'EO 14330\n\n@nosuchset',
      related: 'ok-id\nNot An Id',
    };
    const errors = errorsOf(draft);
    expect(errors.names?.[0]).toMatch(/^Line 3: unknown word set "@nosuchset"/);
    expect(errors.related).toEqual(['Line 2: expected a kebab-case id (a-z, 0-9 and single hyphens)']);
    expect(errors.caveats).toBeUndefined();
  });

  it('points a bad term of a rule at its group line and term', () => {
    const draft = {
      ...draftFromEntry(order),
      rules: [{ all: 'executive order, 401(k)\n\ncrypto, x', none: 'ok, y' }],
    };
    const errors = errorsOf(draft);
    expect(errors['rules.0.all']).toEqual(['Line 3, term 2: a term needs at least 2 characters']);
    expect(errors['rules.0.none']).toEqual(['Term 2: a term needs at least 2 characters']);
  });

  it('reports a javascript: source on its URL and the events-in-date-order error on the later date, together', () => {
    const draft = draftFromEntry(order);
    draft.events[1]!.date = '2024-01-01';
    draft.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    const errors = errorsOf(draft);
    expect(Object.keys(errors)).toEqual(['events.0.sources.0.url', 'events.1.date']);
    draft.events[0]!.sources[0]!.url = 'https://news.example/report';
    expect(errorsOf(draft)).toEqual({
      'events.1.date': ['events must be in date order: 2024-01-01 comes after 2025-07-17'],
    });
  });

  it('maps outcome fields, an outcome source, and errors of the whole form', () => {
    const lines = draftToInput(emptyDraft()).lines;
    expect(entryFieldOf(['outcome', 'summary'], lines)).toEqual({ field: 'outcome.summary' });
    expect(entryFieldOf(['outcome', 'sources', 0, 'url'], lines)).toEqual({ field: 'outcome.sources.0.url' });
    expect(entryFieldOf(['events'], lines)).toEqual({ field: 'events' });
    expect(entryFieldOf(['events', 2, 'sources'], lines)).toEqual({ field: 'events.2.sources' });
    expect(entryFieldOf([], lines)).toEqual({ field: '' });
  });

  it("places the background's problem lines on the same fields as the form's own check", () => {
    const issues = issuesFromProblems([
      'events[0].sources[1].url: expected an https URL',
      '(root): something about the whole entry',
      'no path here at all',
    ]);
    expect(issues).toEqual([
      { path: ['events', 0, 'sources', 1, 'url'], message: 'expected an https URL' },
      { path: [], message: 'something about the whole entry' },
      { path: [], message: 'no path here at all' },
    ]);
  });

  it('gives fields element ids without dots', () => {
    expect(fieldDomId('events.0.sources.1.url')).toBe('f-events-0-sources-1-url');
  });
});

describe('entry form: the draft round trip', () => {
  it('turns an entry into a draft and back into the same entry', () => {
    const withAll = {
      ...order,
      jurisdiction: { country: 'US', region: 'Florida', locality: 'Miami' },
      outcome: {
        kind: 'vetoed' as const,
        date: '2025-09-01',
        summary: 'Vetoed.',
        sources: order.events[0]!.sources,
      },
      caveats: ['One.', 'Two.'],
      related: ['us-other-entry'],
      detect: {
        names: ['EO 14330'],
        rules: [{ all: [['executive order', 'order'], ['401(k)']], none: ['gold'] }],
        exclude: ['canada'],
        prefer: ['trump'],
      },
    };
    const result = checkDraft(draftFromEntry(withAll));
    expect(result).toEqual({ ok: true, entry: withAll });
  });

  it('opens a ClaimReview candidate with what it had and blanks for the rest', () => {
    const draft = draftFromEntry({
      id: 'cr-x',
      title: 'A claim',
      events: [{ date: '2026-03-02', status: 'reported', sources: [] }],
      detect: { names: ['X Act'] },
    });
    expect(draft).toMatchObject({ id: 'cr-x', title: 'A claim', kind: '', scope: '', names: 'X Act' });
    expect(draft.events[0]).toEqual({ date: '2026-03-02', status: 'reported', summary: '', sources: [] });
  });
});
