import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { fixtureEntries } from './kb-fixture';
import { events, makeEntry } from './make-entry';

const fund = (id: string, all: string[][]) =>
  makeEntry({
    id,
    title: `${id} bitcoin ETF holding`,
    kind: 'pension-fund-action',
    events: events(['2024-05-01', 'official']),
    detect: { names: [], rules: [{ all }] },
  });
const matcher = loadMatcher(
  prepareMatcher([
    ...fixtureEntries,
    fund('oh-teachers', [['ohio teachers'], ['@pension', 'retirement system'], ['@crypto']]),
    fund('wi-board', [['state of wisconsin investment board', 'wisconsin'], ['@crypto']]),
  ]),
);
const claimsIn = (text: string) =>
  detectClaims(matcher, [{ text, kind: 'paragraph' }]).map((c) => [c.entryId, c.claimedStatus]);

describe('two items of one kind in a sentence', () => {
  it('claims both when each is named by words of its own', () => {
    expect(
      claimsIn(
        'If it goes ahead, the Ohio Teachers pension would join the State of Wisconsin Investment Board, which bought bitcoin ETFs in May.',
      ),
    ).toEqual([
      ['oh-teachers', 'reported'],
      ['wi-board', 'official'],
    ]);
  });

  it('still lets items of one kind that share their words compete, and precision win', () => {
    expect(claimsIn('North Carolina lawmakers want pension money in bitcoin.')).toEqual([]);
  });
});
