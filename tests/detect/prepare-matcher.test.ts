import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import type { PreparedMatcher } from '../../src/detect/matcher-format';
import { EntryTable } from '../../src/detect/entry-table';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { termVariants } from '../../src/detect/term-words';
import { fixtureEntries } from './kb-fixture';

describe('preparing and loading the matcher', () => {
  const prepared = prepareMatcher(fixtureEntries);

  it('is plain JSON: a runtime message carries it unchanged', () => {
    const copy = JSON.parse(JSON.stringify(prepared)) as PreparedMatcher;
    expect(copy).toEqual(prepared);
    const claims = detectClaims(loadMatcher(copy), [
      { text: 'Trump signed Executive Order 14330.', kind: 'heading' },
    ]);
    expect(claims.map((c) => c.entryId)).toEqual(['eo-401k']);
  });

  it('carries what the badges need of each entry', () => {
    expect(new EntryTable(prepared.entries).at(0)).toEqual({
      id: 'eo-401k',
      title: 'Executive Order 14330 on alternative assets in 401(k) plans',
      kind: 'executive-order',
      scope: 'retirement',
      timeline: [
        ['2025-07-17', 'reported'],
        ['2025-08-07', 'official'],
      ],
    });
  });

  it('rejects something that is not a prepared matcher, saying what it got', () => {
    expect(() => loadMatcher({ format: 'other' } as unknown as PreparedMatcher)).toThrow(
      /not a statusmark matcher/,
    );
    const truncated = {
      ...prepared,
      tables: { ...prepared.tables, data: prepared.tables.data.slice(0, 40) },
    };
    expect(() => loadMatcher(truncated)).toThrow(/truncated/);
  });

  it('spells identifiers the ways news does', () => {
    expect(termVariants('HB 92')).toEqual([['hb', '92'], ['hb92']]);
    expect(termVariants('H92')).toEqual([['h92'], ['h', '92']]);
    expect(termVariants('401(k) plans')).toEqual([
      ['401k', 'plan'],
      ['401', 'k', 'plan'],
    ]);
  });
});
