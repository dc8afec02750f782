import { describe, expect, it } from 'vitest';
import { createDetectionState } from '../../src/detect/context';
import { detectClaims } from '../../src/detect/detect-claims';
import type { TextBlock } from '../../src/detect/types';
import { fixtureMatcher } from './kb-fixture';

const matcher = fixtureMatcher();
const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));
/** [entryId, claimedStatus] of each claim found in the paragraphs. */
const claimsIn = (...texts: string[]) =>
  detectClaims(matcher, blocks(...texts)).map((c) => [c.entryId, c.claimedStatus]);

describe('detecting claims', () => {
  describe('matching entries', () => {
    it('finds an entry by its name alone', () => {
      expect(claimsIn('Executive Order 14330 was signed on Aug. 7.')).toEqual([['eo-401k', 'official']]);
    });

    it('finds an entry when every group of a rule co-occurs in one sentence', () => {
      expect(claimsIn('Trump signed an executive order opening 401(k) plans to bitcoin.')).toEqual([
        ['eo-401k', 'official'],
      ]);
    });

    it('does not match when the groups are split across two sentences', () => {
      expect(
        claimsIn('Trump signed an executive order on Thursday. Bitcoin in 401(k) plans is popular.'),
      ).toEqual([]);
    });

    it('lets an exclusion veto a sentence, whatever else matched', () => {
      expect(
        claimsIn(
          'Trump signed an executive order creating a Strategic Bitcoin Reserve, not a 401(k) option.',
        ),
      ).toEqual([]);
    });

    it('gives each entry named in a sentence its own claim', () => {
      expect(
        claimsIn('H92 passed the House, while H506 stalled.')
          .map(([id]) => id)
          .sort(),
      ).toEqual(['nc-h506', 'nc-h92']);
    });

    it('reports the terms that matched, as written on the page', () => {
      const [claim] = detectClaims(
        matcher,
        blocks('Trump signed an executive order opening 401(k)s to bitcoin.'),
      );
      expect(claim?.why).toEqual(['Trump', 'executive order', '401(k)s', 'bitcoin']);
    });

    it('gives the sentence span in the block and the sentence as on the page', () => {
      const text =
        'Markets rose.  Trump signed an executive order\n opening 401(k) plans to bitcoin. Gold fell.';
      const [claim] = detectClaims(matcher, blocks('Nothing here.', text));
      expect(claim?.blockIndex).toBe(1);
      expect(text.slice(claim!.start, claim!.end)).toBe(claim?.sentence);
      expect(claim?.sentence).toBe('Trump signed an executive order\n opening 401(k) plans to bitcoin.');
    });
  });

  describe('telling related items apart', () => {
    it('attributes "rescinded its 2022 guidance" to the 2022 release, as rescinded', () => {
      expect(claimsIn('The Labor Department on Wednesday rescinded its 2022 guidance on crypto.')).toEqual([
        ['car-2022', 'rescinded'],
      ]);
    });

    it('attributes "the 2025 release" to the 2025 release', () => {
      expect(claimsIn("The Labor Department's 2025 release restored a neutral approach.")).toEqual([
        ['car-2025', 'official'],
      ]);
    });

    it('tells the executive order from the proposed rule that implements it', () => {
      expect(
        claimsIn('The Labor Department proposed a rule giving 401(k) fiduciaries a safe harbor.'),
      ).toEqual([['dol-rule', 'proposed']]);
      expect(
        claimsIn('President Trump signed an executive order on private equity in 401(k) plans.'),
      ).toEqual([['eo-401k', 'official']]);
    });

    it("tells North Carolina's bills apart by what the sentence says", () => {
      expect(
        claimsIn('North Carolina lawmakers in March introduced bills to put pension money in bitcoin.'),
      ).toEqual([['nc-h506', 'proposed']]);
      expect(claimsIn("North Carolina's House passed a bill letting the pension fund buy bitcoin.")).toEqual([
        ['nc-h92', 'proposed'],
      ]);
    });

    it('gives no claim when two entries fit a sentence equally well', () => {
      expect(claimsIn('North Carolina lawmakers want pension money in bitcoin.')).toEqual([]);
    });
  });

  describe('adjacent items (reserve bills with no pension money)', () => {
    it('takes the sentence from core entries and claims nothing without a retirement tie', () => {
      expect(
        claimsIn('New Hampshire let its treasurer invest public funds in bitcoin under HB 302.'),
      ).toEqual([]);
      expect(claimsIn('Texas created a strategic bitcoin reserve.')).toEqual([]);
    });

    it('claims the adjacent item where the sentence ties it to pension money', () => {
      expect(
        claimsIn("New Hampshire's HB 302 is often described as letting the state pension buy bitcoin."),
      ).toEqual([['nh-hb302', null]]);
    });

    it('does not count pension money the sentence rules out', () => {
      expect(
        claimsIn(
          'Texas lawmakers moved a bitcoin reserve bill funded from the budget rather than from pension assets.',
        ),
      ).toEqual([]);
    });

    it('does not count pension money in a clause that denies it ("Nor does...", "does not")', () => {
      expect(claimsIn('Nor does the Texas bitcoin reserve law let the state pension fund buy in.')).toEqual(
        [],
      );
      expect(claimsIn('The Texas bitcoin reserve law does not let the state pension fund buy in.')).toEqual(
        [],
      );
      expect(claimsIn('The Texas bitcoin reserve law lets the state pension fund buy in.')).toEqual([
        ['tx-reserve', 'official'],
      ]);
    });
  });

  describe('hard negatives', () => {
    it('claims nothing for contribution limits, markets or ETFs in general', () => {
      expect(
        claimsIn(
          'The IRS raised the 401(k) contribution limit to $23,500 for 2025.',
          'Bitcoin rose 2% after the announcement, and spot bitcoin ETFs drew inflows.',
          'The governor signed an executive order on wildfire preparedness.',
        ),
      ).toEqual([]);
    });
  });

  describe('sentences that refer back', () => {
    it('attaches "The order also..." to the order named just before', () => {
      const claims = detectClaims(
        matcher,
        blocks('Trump signed Executive Order 14330 on Thursday.', 'The order also directs the SEC to act.'),
      );
      expect(claims.map((c) => [c.entryId, c.via, c.blockIndex])).toEqual([
        ['eo-401k', 'direct', 0],
        ['eo-401k', 'context', 1],
      ]);
      expect(claims[1]?.why).toEqual(['The order']);
    });

    it('leaves a reference alone when the noun fits nothing named recently', () => {
      expect(claimsIn('Trump signed Executive Order 14330.', 'The bill would change that.').length).toBe(1);
    });

    it('leaves a reference alone when another item of that kind came in between', () => {
      expect(
        claimsIn(
          'H92 passed the House.',
          'Separately, the GENIUS Act passed the Senate.',
          'The bill now goes to the governor.',
        ),
      ).toEqual([['nc-h92', 'proposed']]);
    });

    it('leaves a reference alone when the item was named too long ago, mid-article', () => {
      expect(
        claimsIn(
          'Stocks were mixed on Friday as traders weighed jobs data.',
          'Oil prices fell for a second day on supply worries.',
          'Treasury yields edged higher in thin afternoon trading.',
          'Separately, Trump signed Executive Order 14330.',
          'Markets rose on Friday afternoon.',
          'Oil prices fell for a third day.',
          'The central bank held rates steady.',
          'The order also directs the SEC.',
        ),
      ).toEqual([['eo-401k', 'official']]);
    });

    it('does not count timestamps and datelines as distance', () => {
      expect(
        claimsIn(
          'Trump signed Executive Order 14330.',
          '4:41 p.m.',
          'Aug. 7, 2025',
          'Updated',
          'The order also directs the SEC.',
        ),
      ).toEqual([
        ['eo-401k', 'official'],
        ['eo-401k', 'official'],
      ]);
    });

    it('carries the article context between calls, for pages that grow', () => {
      const state = createDetectionState();
      detectClaims(matcher, blocks('Trump signed Executive Order 14330.'), state);
      const later = detectClaims(matcher, blocks('The order also directs the SEC to act.'), state);
      expect(later.map((c) => [c.entryId, c.via, c.blockIndex])).toEqual([['eo-401k', 'context', 0]]);
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    });
  });
});
