import './phrase-tables-installed';
import { describe, expect, it } from 'vitest';
import { claimedStatus } from '../../src/detect/claimed-status';
import type { EntryKind } from '../../src/kb/schema';

const claimed = (sentence: string, kind: EntryKind, names: [number, number][] = []) =>
  claimedStatus(sentence, { kind, nameSpans: names });

describe('the status a sentence claims', () => {
  describe('reported', () => {
    it('marks a "may sign" sentence as reported', () => {
      expect(claimed('Trump may sign an order on crypto in 401(k)s.', 'executive-order')).toBe('reported');
    });

    it('reads "reportedly", "is preparing to" and "is expected to" as reported', () => {
      expect(
        claimed(
          'Trump is reportedly preparing to sign an order opening 401(k)s to crypto.',
          'executive-order',
        ),
      ).toBe('reported');
      expect(claimed('The president is expected to sign the order on Thursday.', 'executive-order')).toBe(
        'reported',
      );
    });

    it('reads a fact-check\'s "Claim:" line as what others reported', () => {
      expect(claimed('Claim: Wisconsin’s pension fund owns bitcoin.', 'pension-fund-action')).toBe(
        'reported',
      );
      expect(claimed('Wisconsin’s pension fund owns bitcoin ETFs.', 'pension-fund-action')).toBe('official');
    });

    it('reads unnamed sources and "report says" headlines as reported', () => {
      expect(
        claimed(
          'Trump readies executive order to let 401(k) plans hold crypto, report says',
          'executive-order',
        ),
      ).toBe('reported');
      expect(
        claimed(
          'The order opens 401(k)s to bitcoin, people familiar with the matter said.',
          'executive-order',
        ),
      ).toBe('reported');
      expect(
        claimed('A pension fund bought bitcoin, according to a Bloomberg report.', 'pension-fund-action'),
      ).toBe('reported');
    });

    it('reads a headline infinitive ("Trump to sign") as reported', () => {
      expect(
        claimed('Trump to sign executive order allowing crypto in 401(k) plans', 'executive-order'),
      ).toBe('reported');
    });

    it('reads "would" about an order not yet signed as reported', () => {
      expect(claimed('The order would direct regulators to remove obstacles.', 'executive-order')).toBe(
        'reported',
      );
    });
  });

  describe('proposed', () => {
    it('reads introduced and filed bills as proposed', () => {
      expect(
        claimed(
          'In March, lawmakers introduced bills that would let the state invest 5% of pension funds in bitcoin.',
          'bill',
        ),
      ).toBe('proposed');
      expect(claimed('Lawmakers file bill to let state pension invest in bitcoin', 'bill')).toBe('proposed');
    });

    it('reads "passed the House" and "would allow" as proposed', () => {
      expect(claimed("North Carolina's House passed the bill 71-44.", 'bill')).toBe('proposed');
      expect(
        claimed(
          'The Financial Freedom Act would stop the Labor Department from limiting brokerage windows.',
          'bill',
        ),
      ).toBe('proposed');
    });

    it('keeps a vetoed or withdrawn bill proposed: it never became law', () => {
      expect(
        claimed(
          'Gov. Katie Hobbs vetoed SB 1025, which would have let retirement systems buy bitcoin.',
          'bill',
        ),
      ).toBe('proposed');
      expect(
        claimed(
          'Florida lawmakers withdrew their bitcoin investment bills at the end of the session.',
          'bill',
        ),
      ).toBe('proposed');
    });

    it('reads a published proposed rule and a study as proposed', () => {
      expect(
        claimed(
          'The Labor Department proposed a rule that would give fiduciaries a safe harbor.',
          'proposed-rule',
        ),
      ).toBe('proposed');
      expect(
        claimed(
          "Japan's pension fund has been studying bitcoin in a request for information.",
          'pension-fund-action',
        ),
      ).toBe('proposed');
    });
  });

  describe('official', () => {
    it('reads what an existing order started, or what a release worked as, as official', () => {
      expect(claimed('Congress should finish what the 401(k) order started', 'executive-order')).toBe(
        'official',
      );
      expect(claimed('For three years, the 2022 crypto release worked as a ban.', 'agency-guidance')).toBe(
        'official',
      );
    });

    it('reads an order that time is counted from ("One year after Trump\'s order") as official', () => {
      const headline = 'One year after Trump’s 401(k) order, crypto is still mostly outside the plan';
      const at = headline.indexOf('401(k) order');
      expect(claimed(headline, 'executive-order', [[at, at + 12]])).toBe('official');
      const before = 'Two weeks before Trump’s 401(k) order, crypto was outside the plan';
      const from = before.indexOf('401(k) order');
      expect(claimed(before, 'executive-order', [[from, from + 12]])).toBe(null);
    });

    it('does not read "the exchange that filed for bankruptcy" as a fund proposing anything', () => {
      expect(
        claimed(
          'The fund’s stake in FTX, the exchange that filed for bankruptcy, is worthless.',
          'pension-fund-action',
        ),
      ).toBe(null);
      expect(claimed('Lawmakers filed a bill on pension crypto.', 'bill')).toBe('proposed');
    });

    it('reads a live blog\'s "It\'s done." and a text "now posted" as official', () => {
      expect(claimed('It’s done.', 'executive-order')).toBe('official');
      expect(claimed('The text is now posted on the White House website.', 'executive-order')).toBe(
        'official',
      );
      expect(claimed('The order is not yet official.', 'executive-order')).toBe('reported');
    });

    it('reads a site "that Trump ordered in April" as an existing order (official)', () => {
      expect(
        claimed(
          'TrumpIRA.gov is a Treasury website that President Trump ordered in April.',
          'executive-order',
        ),
      ).toBe('official');
    });

    it('reads a fund that "made the investment" as having acted (official)', () => {
      expect(
        claimed('The scheme made the investment in October after two years of work.', 'pension-fund-action'),
      ).toBe('official');
      expect(claimed('The scheme may make an investment next year.', 'pension-fund-action')).not.toBe(
        'official',
      );
    });

    it('reads a product a firm "has run since 2022" as official', () => {
      expect(
        claimed('Fidelity has run a bitcoin option for 401(k) plans since 2022.', 'private-product'),
      ).toBe('official');
    });

    it('reads "the first fund known to have put money into" as a completed act, not a plan', () => {
      expect(
        claimed(
          'That makes Wisconsin the first pension fund known to have put money into bitcoin ETFs.',
          'pension-fund-action',
        ),
      ).toBe('official');
      expect(claimed('Wisconsin wants to put money into bitcoin ETFs.', 'pension-fund-action')).toBe(
        'reported',
      );
    });

    it('reads a figure stated with no status verb as the statistic itself, official', () => {
      expect(
        claimed('Americans had about $9.3 trillion in 401(k) plans at the end of 2024.', 'statistic'),
      ).toBe('official');
      expect(claimed('Whether 401(k) plans hold $9 trillion is disputed.', 'statistic')).toBe(null);
    });

    it('reads signed, issued and launched as official', () => {
      expect(claimed('Trump signs executive order opening 401(k)s to crypto', 'executive-order')).toBe(
        'official',
      );
      expect(claimed('The release was issued in March 2022.', 'agency-guidance')).toBe('official');
      expect(
        claimed(
          'Fidelity introduced a retirement account in April that lets savers buy bitcoin.',
          'private-product',
        ),
      ).toBe('official');
    });

    it('reads holdings and court judgments as official', () => {
      expect(
        claimed(
          'The state retirement system already holds shares of a spot bitcoin ETF.',
          'pension-fund-action',
        ),
      ).toBe('official');
      expect(claimed('A federal judge dismissed the lawsuit in August 2023.', 'court-case')).toBe('official');
    });

    it('reads a signed bill as official law', () => {
      expect(claimed('Gov. Josh Stein signed the bill into law on June 13.', 'bill')).toBe('official');
    });

    it('prefers the event over the description: "signed ... would make"', () => {
      expect(
        claimed(
          'The order, signed in August, would make it easier to offer private equity.',
          'executive-order',
        ),
      ).toBe('official');
    });

    it('does not read the month of May as "may"', () => {
      expect(claimed('The Labor Department in May issued new guidance.', 'agency-guidance')).toBe('official');
    });
  });

  describe('rescinded', () => {
    it('reads rescinded, dropped and withdrawn guidance as rescinded', () => {
      expect(
        claimed('The Labor Department on Wednesday rescinded its 2022 guidance.', 'agency-guidance'),
      ).toBe('rescinded');
      expect(
        claimed(
          "The move follows the Labor Department's May decision to drop its 2022 warning.",
          'agency-guidance',
        ),
      ).toBe('rescinded');
    });

    it('reads a fund that sold its whole stake or wrote off an investment as rescinded', () => {
      expect(
        claimed("Wisconsin's pension fund sold its entire stake in the bitcoin ETF.", 'pension-fund-action'),
      ).toBe('rescinded');
      expect(claimed('The pension plan wrote off its FTX investment.', 'pension-fund-action')).toBe(
        'rescinded',
      );
    });

    it('reads the rescinding release itself as official: it did the rescinding', () => {
      const sentence = 'Compliance Assistance Release No. 2025-01 replaces the earlier release in full.';
      expect(claimed(sentence, 'agency-guidance', [[0, 41]])).toBe('official');
      expect(claimed(sentence, 'agency-guidance')).toBe('rescinded');
    });

    it('reads the passive as the thing rescinded, even when named first', () => {
      expect(claimed('CAR 2022-01 was rescinded in May.', 'agency-guidance', [[0, 11]])).toBe('rescinded');
    });
  });

  describe('negation and hedges', () => {
    it('reads "has not signed" as not yet official', () => {
      expect(claimed('Trump has not signed the order.', 'executive-order')).toBe('reported');
      expect(claimed("The governor hasn't signed the bill.", 'bill')).toBe('proposed');
    });

    it('reads "has not been revoked" as still official', () => {
      expect(claimed('The order has not been revoked.', 'executive-order')).toBe('official');
    });

    it('claims no change for a possible rescission ("may rescind")', () => {
      expect(claimed('The department may rescind the statement.', 'agency-guidance')).toBeNull();
    });

    it('reads "the signing was expected" as reported, not as a signing', () => {
      expect(
        claimed('Bloomberg reported that the signing was expected on Thursday.', 'executive-order'),
      ).toBe('reported');
    });
  });

  describe('what the corpus of news taught', () => {
    it('reads holdings reported in a filing and a tripled stake as official', () => {
      expect(
        claimed(
          'The board reported 2.45 million shares of the iShares Bitcoin Trust.',
          'pension-fund-action',
        ),
      ).toBe('official');
      expect(claimed('Michigan pension fund triples bitcoin ETF stake', 'pension-fund-action')).toBe(
        'official',
      );
    });

    it('reads selling all shares and writing a stake down to zero as rescinded', () => {
      expect(claimed('The board sold all of its shares in the first quarter.', 'pension-fund-action')).toBe(
        'rescinded',
      );
      expect(
        claimed('Ontario Teachers\u2019 writes its FTX investment down to zero', 'pension-fund-action'),
      ).toBe('rescinded');
    });

    it('reads posts, viral claims and third-party estimates as reported', () => {
      expect(
        claimed(
          'Posts shared thousands of times claim that the fund has started buying bitcoin.',
          'pension-fund-action',
        ),
      ).toBe('reported');
      expect(
        claimed(
          'K33 Research estimated that the fund had indirect exposure to bitcoin.',
          'pension-fund-action',
        ),
      ).toBe('reported');
    });

    it('reads a draft rule at the White House budget office as reported', () => {
      expect(
        claimed('Alternative-assets rule lands at White House budget office for review', 'proposed-rule'),
      ).toBe('reported');
    });

    it('reads a case the Supreme Court agreed to hear as proposed', () => {
      expect(claimed('The Supreme Court agreed to hear Anderson v. Intel.', 'court-case')).toBe('proposed');
    });

    it('reads what an existing order or law does, or does not do, as official', () => {
      expect(claimed('It does not force any employer to add them.', 'executive-order')).toBe('official');
      expect(claimed('The law covers plans run for legislators.', 'law')).toBe('official');
    });

    it('keeps a bill with no verb of its own a proposal, and a headline question claims nothing', () => {
      expect(claimed('Sens. Toomey and Lummis are the sponsors of S. 4973.', 'bill')).toBe('proposed');
      expect(claimed('What did the executive order do?', 'executive-order')).toBeNull();
    });

    it('reads a plan to let savers buy as reported, even around "401(k)"', () => {
      expect(claimed('Fidelity to let 401(k) savers hold bitcoin', 'private-product')).toBe('reported');
    });
  });

  it('returns null when the sentence claims no status', () => {
    expect(
      claimed('Executive Order 14330 is about alternative assets in 401(k) plans.', 'executive-order'),
    ).toBeNull();
    expect(claimed('The Wisconsin pension fund and bitcoin ETFs.', 'pension-fund-action')).toBeNull();
  });
});
