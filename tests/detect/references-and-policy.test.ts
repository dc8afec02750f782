import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import { needsRetirementTie, prepareMatcher } from '../../src/detect/prepare-matcher';
import type { TextBlock } from '../../src/detect/types';
import { fixtureEntries } from './kb-fixture';
import { events, makeEntry } from './make-entry';

const entries = [
  ...fixtureEntries,
  makeEntry({
    id: 'codify-bill',
    title: 'Bill to codify the 401(k) order',
    kind: 'bill',
    events: events(['2025-10-14', 'proposed']),
    detect: { names: ['H.R. 5748'], rules: [{ all: [['@bill'], ['codify', 'codifies'], ['@order']] }] },
  }),
  makeEntry({
    id: 'trumpira',
    title: 'TrumpIRA.gov order (no crypto content)',
    kind: 'executive-order',
    scope: 'adjacent',
    events: events(['2026-04-30', 'official']),
    detect: { names: ['TrumpIRA.gov'] },
  }),
  makeEntry({
    id: 'ok-hb1203',
    title: 'Oklahoma HB 1203',
    kind: 'bill',
    events: events(['2025-01-15', 'proposed']),
    detect: {
      names: [],
      rules: [
        { all: [['oklahoma'], ['hb 1203']] },
        { all: [['hb 1203'], ['@crypto', '@pension']], none: ['@states'] },
      ],
    },
  }),
];
const matcher = loadMatcher(prepareMatcher(entries));
const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));
const found = (...texts: string[]) =>
  detectClaims(matcher, blocks(...texts)).map((c) => [c.entryId, c.claimedStatus, c.via]);

describe('references back, and what a sentence is about', () => {
  it('attaches an opening "It" to the item that opened the sentence before', () => {
    expect(
      found('House Bill 92 passed the North Carolina House on Wednesday.', 'It now goes to the Senate.'),
    ).toEqual([
      ['nc-h92', 'proposed', 'direct'],
      ['nc-h92', 'proposed', 'context'],
    ]);
  });

  it('leaves "It" alone when it is a dummy subject or the item was not the subject', () => {
    expect(
      found('House Bill 92 passed the House.', 'It is unclear whether the Senate will act.'),
    ).toHaveLength(1);
    expect(found('The governor praised House Bill 92 on Friday.', 'It was a long day.')).toHaveLength(1);
  });

  it('claims both items of a sentence about a bill that codifies an order', () => {
    const claims = found(
      'Rep. Downing introduced a bill that would codify President Trump\u2019s executive order on alternative assets in 401(k) plans.',
    );
    expect(claims.map(([id]) => id).sort()).toEqual(['codify-bill', 'eo-401k']);
  });

  it('reads the verbs nearest each item: the bill is proposed, the order it acts on exists', () => {
    const claims = found(
      'Lawmakers introduced a bill to codify Trump\u2019s 401(k) executive order on private equity.',
    );
    expect(claims).toContainEqual(['codify-bill', 'proposed', 'direct']);
    expect(claims).toContainEqual(['eo-401k', 'official', 'direct']);
  });

  it('does not count a topic word the sentence rules out', () => {
    expect(found('The order never mentions digital assets in 401(k) plans.')).toEqual([]);
    expect(found('The executive order does not mention retirement plans or bitcoin.')).toEqual([]);
  });

  it('does not let "the 2022 release" point at an item dated only to other years', () => {
    // The release just named is from 2025: "the 2022 release" is the KB's one release made in 2022.
    expect(
      found(
        'Compliance Assistance Release No. 2025-01 restored a neutral stance.',
        'The 2022 release was stricter.',
      ),
    ).toEqual([
      ['car-2025', 'official', 'direct'],
      ['car-2022', null, 'context'],
    ]);
  });

  it('claims an adjacent item about retirement by nature without a tie', () => {
    expect(found('TrumpIRA.gov will open next year.')).toEqual([['trumpira', 'reported', 'direct']]);
    expect(needsRetirementTie(entries.find((e) => e.id === 'trumpira')!)).toBe(false);
    expect(needsRetirementTie(entries.find((e) => e.id === 'tx-reserve')!)).toBe(true);
  });

  it('reads a bare bill number only when no other state is named', () => {
    expect(found('HB 1203 would let the state buy bitcoin.')).toEqual([['ok-hb1203', 'proposed', 'direct']]);
    expect(found('Missouri\u2019s HB 1203 would let the state buy bitcoin.')).toEqual([]);
    expect(found('Oklahoma lawmakers passed HB 1203.')).toEqual([['ok-hb1203', 'proposed', 'direct']]);
  });
});

describe('identifiers the article already tied to an item', () => {
  it('claims a later sentence that repeats the bill number without the state', () => {
    expect(
      found(
        'Oklahoma lawmakers passed HB 1203 on Monday.',
        'Texas lawmakers spent the day on property taxes.',
        'HB 1203 failed 6-5 in a Senate committee.',
      ),
    ).toEqual([
      ['ok-hb1203', 'proposed', 'direct'],
      ['ok-hb1203', 'proposed', 'context'],
    ]);
  });

  it('does not read a bare number as the item before the article named it', () => {
    expect(found('HB 1203 failed 6-5 in a Senate committee.')).toEqual([]);
  });
});

describe('everyday senses and points in time', () => {
  it('does not read "in order to", trading orders or a court order as an executive order', () => {
    expect(found('Savers moved money in order to buy bitcoin in their 401(k) plans.')).toEqual([]);
    expect(found('A large buy order for bitcoin hit 401(k)-linked funds.')).toEqual([]);
    expect(found('A court order froze the crypto fund of the 401(k) plan.')).toEqual([]);
  });

  it('reads "before the bill goes to..." as a step still to come for the bill, not a point in time', () => {
    const claims = found(
      'H.R. 5748 would codify the order.',
      'Supporters want a floor vote before the bill goes to the Senate.',
    );
    expect(claims.filter(([id]) => id === 'codify-bill').map(([, , via]) => via)).toEqual([
      'direct',
      'context',
    ]);
    // "until the order was signed" still dates another act.
    const dated = found(
      'Executive Order 14330 was signed on Aug. 7.',
      'The 2022 release stood until the order was signed.',
    );
    expect(dated.filter(([id, , via]) => id === 'eo-401k' && via === 'context')).toEqual([]);
  });

  it('does not claim an item that only dates another one ("days after the order")', () => {
    const claims = found(
      'The Labor Department rescinded its 2022 guidance days after Trump signed the executive order on private equity in 401(k) plans.',
    );
    expect(claims.map(([id]) => id)).toEqual(['car-2022']);
  });

  it("does not claim an order whose noun only dates the act, even when it shares the sentence's other words", () => {
    const claims = found(
      "The Labor Department's 2022 guidance warning about crypto in 401(k) plans was withdrawn five days after the order.",
    );
    expect(claims.map(([id]) => id)).toEqual(['car-2022']);
  });
});
