import './phrase-tables-installed';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/detect/referring-phrases';
import { mayHoldReference, mayOpenHead } from '../../src/detect/reference-nouns';
import { opensWithSubjectNotIt, tokenize } from '../../src/detect/sentence-tokens';
import { stringsOf } from './piece-strings';

/** [phrase, form] of each referring phrase found in the sentence. */
const refs = (sentence: string) =>
  findReferences(sentence).map((r) => [sentence.slice(r.start, r.end), r.form]);

describe('phrases that refer back', () => {
  describe('definite descriptions', () => {
    it('finds a specific noun anywhere in the sentence', () => {
      expect(refs('A spokeswoman said no decision on the order had been made.')).toEqual([
        ['the order', 'definite'],
      ]);
      expect(refs('Opponents lack the votes to override the veto.')).toEqual([['the veto', 'definite']]);
    });

    it('finds a generic noun only as the subject of the sentence or of a clause', () => {
      expect(refs('The fund bought more shares in June.')).toEqual([['The fund', 'definite']]);
      expect(refs('A consultant said the fund had sold everything.')).toEqual([['the fund', 'definite']]);
      expect(refs('Last week the plan added gold.')).toEqual([['the plan', 'definite']]);
      expect(refs('Regulators who oversee the fund met on Monday.')).toEqual([]);
      expect(refs('The city, which sponsors the plan, cut its budget.')).toEqual([]);
    });

    it('keeps the year and the words that must agree with the item', () => {
      const [year] = findReferences('The 2021 statement was withdrawn.');
      expect(year?.year).toBe('2021');
      const sentence = 'The Ohio pension fund declined to comment.';
      const [place] = findReferences(sentence);
      expect(place?.modifiers.map((m) => sentence.slice(m.start, m.end))).toEqual(['Ohio']);
    });

    it('reads "earlier" and "new" as the older and the newer of two items', () => {
      expect(findReferences('Critics said the earlier guidance was too strict.')[0]?.age).toBe('older');
      expect(findReferences('The new release is two pages long.')[0]?.age).toBe('newer');
    });

    it('does not take a noun that another noun follows, or that "of" names something else', () => {
      expect(refs('Traders watched the order book all day.')).toEqual([]);
      expect(refs('Stocks rose after the release of jobs data.')).toEqual([]);
      expect(refs('Analysts awaited the release of jobs data.')).toEqual([]);
    });

    it('does not take an act that "by" gives to someone else ("the purchase of bitcoin by miners")', () => {
      expect(refs('The purchase of bitcoin by miners rose in March.')).toEqual([]);
      expect(refs('The purchase of the shares by the board was its first in crypto.')).toEqual([
        ['The purchase', 'definite'],
      ]);
      expect(refs('The purchase of the shares made the board a pioneer.')).toEqual([
        ['The purchase', 'definite'],
      ]);
    });

    it('reads a possessive head as the item ("the bill\'s sponsor") and numbers as no modifier', () => {
      expect(refs("The bill's sponsor expects a vote in May.")).toEqual([["The bill's", 'definite']]);
      const sentence = 'The $25 million purchase was made in May.';
      expect(findReferences(sentence)[0]?.modifiers).toEqual([]);
    });

    it('does not take a capitalised name for a phrase that refers back', () => {
      expect(refs("The Teachers' Retirement System of Ohio covers 500,000 members.")).toEqual([]);
    });

    it('reads a headline\'s bare opening noun as definite ("Bill heads to Senate"), not a name', () => {
      expect(refs('Bill heads to Senate after House vote')).toEqual([['Bill', 'definite']]);
      expect(refs('Fund sells its bitcoin ETF stake')).toEqual([['Fund', 'definite']]);
      expect(refs('Bill Hagerty backs crypto plan')).toEqual([]);
      expect(refs('Order books thinned on Friday.')).toEqual([]);
      expect(refs('Order book thins as bitcoin slips')).toEqual([]);
      expect(refs('Fund manager quits after losses')).toEqual([]);
    });

    it('takes capitals in a title-case headline as ordinary words', () => {
      expect(refs('What the 2022 Release Actually Said')).toEqual([['the 2022 Release', 'definite']]);
    });

    it('does not count an item used as a point in time', () => {
      expect(refs('Bitcoin rose 2% after the announcement.')).toEqual([]);
      expect(refs('Three weeks before the order, regulators met.')).toEqual([]);
    });

    it('leaves plain plurals alone, but reads "both", "neither" and "the two"', () => {
      expect(refs('The bills would let the treasurer buy gold.')).toEqual([]);
      expect(refs('Neither bill has had a hearing.')).toEqual([['Neither bill', 'each']]);
      expect(refs('Both measures died in committee.')).toEqual([['Both measures', 'each']]);
      expect(refs('The two bills differ on the cap.')).toEqual([['The two bills', 'each']]);
    });
  });

  describe('other versions of a bill', () => {
    it('reads "a Senate version" and "an earlier draft" as the bill just named', () => {
      expect(refs('A Senate version was filed on Tuesday.')).toEqual([['A Senate version', 'version']]);
      expect(refs('An earlier draft would have gone further.')).toEqual([['An earlier draft', 'version']]);
      expect(refs('It passed, and its House companion did too.')).toContainEqual([
        'its House companion',
        'version',
      ]);
    });

    it('reads "a separate bill" as a new item, and "a similar version" as nothing', () => {
      expect(refs('A separate bill was filed in March.')).toEqual([['A separate bill', 'new']]);
      expect(refs('He also signed an order raising tariffs.')).toEqual([['an order', 'new']]);
      expect(refs('The agency will issue more guidance soon.')).toEqual([['more guidance', 'new']]);
      expect(refs('A similar version passed in Utah.')).toEqual([]);
      expect(refs('The department said so in a statement.')).toEqual([]);
    });
  });

  describe('it', () => {
    it('reads an opening "It" as the subject, but not a dummy one', () => {
      expect(refs('It now heads to the Senate.')).toEqual([['It', 'pronoun']]);
      expect(refs('If approved, it would take effect in July.')).toEqual([['it', 'pronoun']]);
      expect(refs('It is expected to pass easily.')).toEqual([['It', 'pronoun']]);
      expect(refs('It is unclear whether the Senate will act.')).toEqual([]);
      expect(refs('It is expected that the Senate will act.')).toEqual([]);
    });

    it('reads an "it" later in the sentence only when no singular noun comes before it', () => {
      expect(refs('Unions have long opposed it.')).toEqual([['it', 'pronoun']]);
      expect(refs('The agency did not say whether it would appeal.')).toEqual([]);
      expect(refs('Sponsors said it would pass.')).toEqual([['it', 'pronoun']]);
      expect(refs('Supporters call it overdue.')).toEqual([['it', 'pronoun']]);
      expect(refs('Northwind Foods said it would hire 800 workers.')).toEqual([]);
      expect(refs('On Monday, Fidelity Investments said it would add ether.')).toEqual([]);
    });

    it('does not read "it" as a placeholder or a share of something', () => {
      expect(refs('Lawmakers want to make it easier to save.')).toEqual([]);
      expect(refs('Most of it sits in index funds.')).toEqual([]);
    });

    it('tells the possessive "its" from "it"', () => {
      expect(refs('Its sponsor is a Republican.')).toEqual([['Its', 'possessive']]);
    });
  });

  describe('the subject a sentence opens with', () => {
    it('tells a plural or personal subject, which no later "it" can mean, from a thing', () => {
      expect(opensWithSubjectNotIt('Comments on the rule are due in June.')).toBe(true);
      expect(opensWithSubjectNotIt('Industry groups had long complained.')).toBe(true);
      expect(opensWithSubjectNotIt('The fund bought more bitcoin.')).toBe(false);
      expect(opensWithSubjectNotIt('The bill passed the House.')).toBe(false);
      expect(opensWithSubjectNotIt('Gov. Kevin Stitt is expected to sign it.')).toBe(true);
    });

    it('reads the subject after however many determiners open the sentence', () => {
      expect(opensWithSubjectNotIt('The the the the the the the the the bills passed.')).toBe(true);
      expect(opensWithSubjectNotIt('The the the the the the the the the bill passed.')).toBe(false);
    });
  });

  describe('sentences with no word a phrase that refers back could rest on', () => {
    it('finds no phrase in them, but a chamber acting on no bill it names', () => {
      expect(refs('Traders said the market was calm on Monday.')).toEqual([]);
      expect(refs('On Tuesday the Senate approved the changes 59-33.')).toEqual([['the Senate', 'definite']]);
    });

    it('are told by a test that misses no head noun, "it" or "its" in any case or spelling', () => {
      const pieces = [
        'the ',
        'Order',
        'BILL',
        'fund',
        'plans',
        'policies',
        'it',
        'ITS',
        'it\u2019s',
        "bill's",
        "bills'",
        'sta\u212ae',
        'work',
        'Bet',
        'alpha',
        '-',
        '.',
        ' ',
        '_',
        '$',
        'co',
        '\u00e9',
      ];
      const sentence = stringsOf(pieces, 12);
      fc.assert(
        fc.property(sentence, (text) => {
          const words = tokenize(text).filter((t) => mayOpenHead(t) || /^it(?:s|'s)?$/.test(t.lower));
          if (words.length > 0) expect(mayHoldReference(text)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  });
});
