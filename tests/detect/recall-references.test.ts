import { describe, expect, it } from 'vitest';
import { createDetectionState } from '../../src/detect/context';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import type { TextBlock } from '../../src/detect/types';
import { fixtureEntries, fixtureMatcher } from './kb-fixture';
import { events, makeEntry } from './make-entry';

const matcher = fixtureMatcher();
/** The fixture KB and the entries a spec adds. */
const matcherWith = (...extra: Parameters<typeof makeEntry>[0][]) =>
  loadMatcher(prepareMatcher([...fixtureEntries, ...extra.map(makeEntry)]));
const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));
const found = (...texts: string[]) =>
  detectClaims(matcher, blocks(...texts)).map((c) => [c.sentence, c.entryId, c.claimedStatus, c.via]);
/** The claims a sentence makes by referring to what `before` named: [entry, status] pairs. */
const referredBack = (before: string, sentence: string) =>
  found(before, sentence)
    .filter(([text, , , via]) => text === sentence && via === 'context')
    .map(([, entry, status]) => [entry, status]);

describe('references back that news writes without naming the item', () => {
  it('reads "people following the bill" as people tracking the bill, not as a point in time', () => {
    const named = 'House Bill 92 passed the North Carolina House on Wednesday.';
    expect(
      referredBack(
        named,
        'A provision on pension money was dropped, according to people following the bill.',
      ),
    ).toEqual([['nc-h92', 'reported']]);
    // "following the bill" at the head of a clause still dates another act.
    expect(referredBack(named, 'Bitcoin rose 3% on Thursday, following the bill.')).toEqual([]);
  });
});

describe('questions that the block below answers', () => {
  it('attaches a heading question about "the executive order" to the order the answer names', () => {
    const claims = found(
      'What did the executive order do?',
      'Executive Order 14330, signed Aug. 7, directs regulators to open 401(k) plans to crypto.',
    );
    expect(claims[0]).toEqual(['What did the executive order do?', 'eo-401k', null, 'context']);
  });

  it('leaves the question alone when the answer names no item of its kind, or only further down', () => {
    const otherKind = found(
      'What did the executive order do?',
      'House Bill 92 passed the North Carolina House with a crypto option for pension money.',
    );
    expect(otherKind.filter(([sentence]) => sentence === 'What did the executive order do?')).toEqual([]);
    const later = found(
      'What did the executive order do?',
      'Nobody quite agrees on that. Executive Order 14330 directs regulators to open 401(k) plans to crypto.',
    );
    expect(later.filter(([sentence]) => sentence === 'What did the executive order do?')).toEqual([]);
  });
});

describe('items described by their year and kind', () => {
  it('reads "the 2022 release" as the one release of the KB made in 2022, in an article on these items', () => {
    expect(
      referredBack(
        'Executive Order 14330 on crypto in 401(k) plans was signed on Aug. 7.',
        'The 2022 release has since been withdrawn.',
      ),
    ).toEqual([['car-2022', 'rescinded']]);
  });

  it('leaves a year that fits no item, or a phrase in an article on nothing of ours, alone', () => {
    expect(
      referredBack(
        'Executive Order 14330 on crypto in 401(k) plans was signed on Aug. 7.',
        'The 2019 release has since been withdrawn.',
      ),
    ).toEqual([]);
    expect(found('The 2022 release has since been withdrawn.')).toEqual([]);
  });
});

describe('an item the sentence describes beside another kind of item', () => {
  const withSuit = matcherWith({
    id: 'acme-suit',
    title: 'Acme v. Labor Department',
    kind: 'court-case',
    events: events(['2022-06-01', 'proposed']),
    detect: {
      names: [],
      rules: [
        { all: [['lawsuit', 'suit'], ['@labor'], ['@guidance'], ['2022', '@crypto']] },
        { all: [['acme'], ['lawsuit', 'argues']] },
      ],
      prefer: ['lawsuit'],
    },
  });
  const claimsOf = (...texts: string[]) =>
    detectClaims(withSuit, blocks(...texts)).map((c) => [c.entryId, c.claimedStatus, c.via]);

  it('claims "the Labor Department\'s March guidance" that a lawsuit challenges, though the suit has all its words', () => {
    expect(
      claimsOf(
        'A record keeper filed a lawsuit to set aside the Labor Department’s March guidance from 2022.',
      ),
    ).toEqual([
      ['acme-suit', 'proposed', 'direct'],
      ['car-2022', null, 'direct'],
    ]);
  });

  it('lets a month agree with an item that has an event that month ("the March release")', () => {
    const named = 'CAR 2022-01 told fiduciaries to take extreme care.';
    expect(referredBack(named, 'The March release was withdrawn three years later.')).toEqual([
      ['car-2022', 'rescinded'],
    ]);
    expect(referredBack(named, 'The June release was withdrawn three years later.')).toEqual([]);
  });

  it('claims the guidance a headline names by its noun beside the suit', () => {
    expect(
      claimsOf('Judge tosses lawsuit over Labor Department guidance from 2022').map(([id]) => id),
    ).toEqual(['acme-suit', 'car-2022']);
  });

  it('reads "argues" as a pending case, and "the release" after an Act named as the release', () => {
    expect(
      claimsOf(
        'CAR 2022-01 told fiduciaries to take extreme care.',
        'Acme argues that the release was issued without notice under the Administrative Procedure Act.',
      ),
    ).toEqual([
      ['car-2022', 'official', 'direct'],
      ['acme-suit', 'proposed', 'direct'],
      ['car-2022', 'official', 'context'],
    ]);
  });
});

describe('"it" by what the sentence says of it', () => {
  it('reads "If it becomes law" as the one bill of the sentence before, though it was not its subject', () => {
    const named = 'A floor vote is planned before House Bill 92 goes to the governor.';
    expect(referredBack(named, 'If it becomes law, the state could put pension money into bitcoin.')).toEqual(
      [['nc-h92', 'proposed']],
    );
    // A predicate any item can take keeps the rule that "it" is the subject before.
    expect(referredBack(named, 'If it works, the state could put pension money into bitcoin.')).toEqual([]);
  });

  it('reads "At the end of 2024 it..." as an opening "it" after a time phrase', () => {
    const named = 'House Bill 92 passed the North Carolina House with a crypto option for pension money.';
    expect(referredBack(named, 'At the end of 2024 it still had no Senate hearing.')).toEqual([
      ['nc-h92', 'proposed'],
    ]);
    // A place or a document before "it" is no time phrase: "it" may mean that.
    expect(referredBack(named, 'In the filing it listed no Senate hearing.')).toEqual([]);
  });

  it('reads an object "it" as the one item the sentence before named, and only when it named one', () => {
    const confirmed = 'The White House has not confirmed it.';
    expect(
      referredBack(
        'Reports say Trump will sign an executive order opening 401(k) plans to crypto.',
        confirmed,
      ),
    ).toEqual([['eo-401k', null]]);
    expect(
      referredBack(
        'Reports say Trump will sign an executive order opening 401(k) plans to crypto, the way House Bill 92 would for pension money.',
        confirmed,
      ),
    ).toEqual([]);
  });
});

describe('the state a bill number belongs to', () => {
  it('reads a bare "SB 143" under a "West Virginia" heading as West Virginia\'s, not Virginia\'s', () => {
    const withWestVirginia = matcherWith({
      id: 'wv-sb143',
      title: 'West Virginia SB 143',
      kind: 'bill',
      events: events(['2026-01-14', 'proposed']),
      detect: { names: [], rules: [{ all: [['west virginia'], ['sb 143']] }] },
    });
    const claims = detectClaims(withWestVirginia, [
      { text: 'West Virginia', kind: 'heading' },
      { text: 'SB 143 would let the treasury buy bitcoin with pension money.', kind: 'paragraph' },
    ]);
    expect(claims.map((c) => [c.entryId, c.claimedStatus])).toEqual([['wv-sb143', 'proposed']]);
  });
});

describe('legislative steps told without the bill', () => {
  const named = 'House Bill 92 passed the North Carolina House on Wednesday.';

  it('reads "The House agreed to the Senate\'s changes 59-33" as a step of the bill just named', () => {
    expect(referredBack(named, 'The House agreed to the Senate’s changes 59-33 on Feb. 25.')).toEqual([
      ['nc-h92', 'proposed'],
    ]);
    expect(referredBack(named, 'On Tuesday the Senate approved the changes 30-12.')).toEqual([
      ['nc-h92', 'proposed'],
    ]);
  });

  it('leaves a chamber acting on a bill of its own alone', () => {
    expect(referredBack(named, 'The Senate passed a separate bill on a state bitcoin reserve.')).toEqual([]);
    expect(referredBack(named, 'The Senate adjourned without a vote.')).toEqual([]);
  });
});

describe('the final form of a proposed rule', () => {
  it('reads "has not issued a final rule" as a claim about the proposed rule just named', () => {
    const sentence = 'The department has not issued a final rule.';
    expect(
      referredBack('The Labor Department proposed a safe harbor rule for 401(k) plans in March.', sentence),
    ).toEqual([['dol-rule', 'proposed']]);
    expect(
      referredBack(
        'The Labor Department proposed a safe harbor rule for 401(k) plans in March.',
        'Officials are reading the comments, and a final version could change.',
      ),
    ).toEqual([['dol-rule', 'proposed']]);
    // After an order, "a final rule" is some rule still to come, not the order.
    expect(
      referredBack('Executive Order 14330 on crypto in 401(k) plans was signed on Aug. 7.', sentence),
    ).toEqual([]);
  });
});

describe('run-in labels', () => {
  it('takes "The rule." opening a paragraph as a label, not a claim about the rule', () => {
    const named = 'The Labor Department proposed a safe harbor rule for 401(k) plans in March.';
    expect(referredBack(named, 'The rule.')).toEqual([]);
    expect(referredBack(named, 'The rule is stuck.')).toEqual([['dol-rule', 'proposed']]);
  });
});

describe('phrases for an order still to come', () => {
  const reported = 'Reports say Trump will sign an executive order opening 401(k) plans to crypto.';

  it('reads "the expected order" and "such an order" as the order just reported', () => {
    expect(referredBack(reported, 'The expected order would also ask the SEC to help.')).toEqual([
      ['eo-401k', 'reported'],
    ]);
    expect(referredBack(reported, 'Such an order would be the biggest change in decades.')).toEqual([
      ['eo-401k', 'reported'],
    ]);
  });

  it('still reads a modifier that names something else ("the tariff order") as another order', () => {
    expect(referredBack(reported, 'The tariff order would also ask the SEC to help.')).toEqual([]);
  });
});

describe('a phrase for the item before, in a sentence that names another of its kind', () => {
  const named = 'CAR 2022-01 told fiduciaries to take extreme care.';

  it('reads "That release was replaced with a neutral release" as the old release replaced, and the new one', () => {
    expect(
      found(named, 'That release was replaced with a neutral Labor Department release in 2025.').slice(1),
    ).toEqual([
      [
        'That release was replaced with a neutral Labor Department release in 2025.',
        'car-2025',
        'official',
        'direct',
      ],
      [
        'That release was replaced with a neutral Labor Department release in 2025.',
        'car-2022',
        'rescinded',
        'context',
      ],
    ]);
  });

  it('leaves an appositive ("The release, a neutral 2025 release, ...") to the item it names', () => {
    expect(
      referredBack(named, 'The release, a neutral Labor Department release from 2025, is short.'),
    ).toEqual([]);
  });
});

describe('questions about an item just named', () => {
  it('reads "What is the safe harbor?" as a question about the rule just named (no status)', () => {
    const named = 'The Labor Department proposed a safe harbor rule for 401(k) plans in March.';
    expect(referredBack(named, 'What is the safe harbor?')).toEqual([['dol-rule', null]]);
    // In a statement the same noun, not opening its clause, stays too loose to refer back.
    expect(referredBack(named, 'Lawyers want more from the safe harbor.')).toEqual([]);
  });
});

describe('a fund named by its kind after its loss', () => {
  it('reads "The pension manager said the loss was..." as the fund\'s write-off, not the fund at large', () => {
    const withFund = matcherWith({
      id: 'otpp-ftx',
      title: 'Ontario Teachers’ Pension Plan FTX stake',
      kind: 'pension-fund-action',
      events: events(['2021-10-01', 'official'], ['2022-11-17', 'rescinded']),
      detect: { names: [], rules: [{ all: [['ontario teachers'], ['ftx']] }] },
    });
    const claims = (second: string) =>
      detectClaims(withFund, blocks('Ontario Teachers’ wrote off its stake in FTX on Thursday.', second)).map(
        (c) => [c.blockIndex, c.entryId],
      );
    expect(claims('The pension manager said the loss was small.')).toEqual([
      [0, 'otpp-ftx'],
      [1, 'otpp-ftx'],
    ]);
    expect(claims('The pension manager oversees $250 billion.')).toEqual([[0, 'otpp-ftx']]);
  });
});

describe('live blogs', () => {
  it('lets "it" follow the post before across a "10:15 a.m." timestamp', () => {
    const claims = found(
      'House Bill 92 passed the North Carolina House with a crypto option for pension money.',
      '10:15 a.m.',
      'Supporters called it a win for savers.',
    );
    expect(claims.map(([, entry, , via]) => [entry, via])).toEqual([
      ['nc-h92', 'direct'],
      ['nc-h92', 'context'],
    ]);
  });
});

describe('a heading question read in steps, as the page reads it', () => {
  it('is answered by the first block of the next call, at block -1 of it', () => {
    const texts = [
      'What did the executive order do?',
      'Executive Order 14330, signed Aug. 7, directs regulators to open 401(k) plans to crypto.',
    ];
    const whole = detectClaims(matcher, blocks(...texts)).map((c) => [c.blockIndex, c.sentence, c.entryId]);
    const state = createDetectionState();
    const firstStep = detectClaims(matcher, blocks(texts[0]!), state);
    const secondStep = detectClaims(matcher, blocks(texts[1]!), state).map((c) => [
      c.blockIndex + 1,
      c.sentence,
      c.entryId,
    ]);
    expect(firstStep).toEqual([]);
    expect(secondStep).toEqual(whole);
    expect(whole[0]).toEqual([0, 'What did the executive order do?', 'eo-401k']);
  });
});
