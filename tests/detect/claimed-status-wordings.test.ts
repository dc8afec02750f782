import './phrase-tables-installed';
import { describe, expect, it } from 'vitest';
import { claimedStatus } from '../../src/detect/claimed-status';
import type { EntryKind } from '../../src/kb/schema';

/**
 * Wordings news uses that the labelled corpus did not happen to contain: other forms of
 * the verbs the cue lists had (a progressive "is writing off"), their everyday synonyms
 * ("cashed out", "retracted", "inked"), and the stages of a lawsuit. Written from how
 * news phrases these acts, not from any corpus page.
 */

/** The status `sentence` claims for the item written `own` (the sentence's only item). */
function claimed(sentence: string, kind: EntryKind, own: string): ReturnType<typeof claimedStatus> {
  const at = sentence.indexOf(own);
  if (at < 0) throw new Error(`"${own}" is not in "${sentence}"`);
  return claimedStatus(sentence, { kind, nameSpans: [], ownSpans: [[at, at + own.length]] });
}

describe('status wordings beyond the corpus', () => {
  it('reads a fund writing off, selling off, cashing out of or shedding a stake as rescinded', () => {
    const fund = 'pension-fund-action';
    expect(claimed('Ontario Teachers’ is writing off its US$95 million FTX investment.', fund, 'FTX')).toBe(
      'rescinded',
    );
    expect(claimed('The board is selling off its bitcoin ETF holdings, a filing shows.', fund, 'board')).toBe(
      'rescinded',
    );
    expect(claimed('The board has cashed out of its bitcoin ETF position.', fund, 'board')).toBe('rescinded');
    expect(claimed('CDPQ wrote its Celsius investment off entirely.', fund, 'CDPQ')).toBe('rescinded');
    expect(claimed('The board got rid of its bitcoin ETF shares.', fund, 'board')).toBe('rescinded');
    expect(claimed('The board shed its entire bitcoin ETF stake.', fund, 'board')).toBe('rescinded');
    // A fund that "shed 3%" lost value; "shed light" is no sale either.
    expect(claimed('The board held its ETF shares and shed 3% in value.', fund, 'board')).not.toBe(
      'rescinded',
    );
    expect(claimed('The filing shed light on the board’s bitcoin ETF stake.', fund, 'board')).not.toBe(
      'rescinded',
    );
  });

  it('reads guidance scrapped, retracted, walked back or killed as rescinded', () => {
    const guidance = 'agency-guidance';
    expect(claimed('The department is scrapping its 2022 crypto guidance.', guidance, 'guidance')).toBe(
      'rescinded',
    );
    expect(claimed('The Labor Department retracted its 2022 crypto guidance.', guidance, 'guidance')).toBe(
      'rescinded',
    );
    expect(claimed('The department walked back its 2022 warning on crypto.', guidance, 'warning')).toBe(
      'rescinded',
    );
    expect(claimed('The Labor Department killed its 2022 crypto guidance.', guidance, 'guidance')).toBe(
      'rescinded',
    );
    // A bill dropped or scrapped by its sponsors never became law: still a proposal.
    expect(claimed('Lawmakers are scrapping the bill.', 'bill', 'bill')).toBe('proposed');
  });

  it('reads "inked" as signed, and a product "now offering" or "open to investors" as launched', () => {
    expect(
      claimed('Trump inked the executive order on Thursday.', 'executive-order', 'executive order'),
    ).toBe('official');
    expect(claimed('Fidelity is now offering a Crypto IRA.', 'private-product', 'Crypto IRA')).toBe(
      'official',
    );
    expect(claimed('The Crypto IRA is open to U.S. investors.', 'private-product', 'Crypto IRA')).toBe(
      'official',
    );
    expect(claimed('Fidelity plans to start offering a Crypto IRA.', 'private-product', 'Crypto IRA')).toBe(
      'reported',
    );
  });

  it('reads a fund that picked up or is sitting on shares as holding them, but not a bill on a desk', () => {
    const fund = 'pension-fund-action';
    expect(claimed('Michigan’s pension picked up more shares of a bitcoin ETF.', fund, 'pension')).toBe(
      'official',
    );
    expect(claimed('The system is sitting on roughly 300,000 shares of a bitcoin ETF.', fund, 'system')).toBe(
      'official',
    );
    expect(claimed('Trading at the fund picked up in March.', fund, 'fund')).toBeNull();
    expect(claimed('House Bill 1042 is sitting on the governor’s desk.', 'bill', 'House Bill 1042')).toBe(
      'proposed',
    );
  });

  it('reads "became the first ... to offer" as done, and "expected to be the first ... to offer" as a plan', () => {
    const product = 'private-product';
    expect(
      claimed('Fidelity became the first major 401(k) provider to offer bitcoin.', product, 'Fidelity'),
    ).toBe('official');
    expect(
      claimed('Fidelity is expected to be the first major provider to offer bitcoin.', product, 'Fidelity'),
    ).toBe('reported');
    // "set to become the first" is still a plan: the act it speaks of is still a proposal.
    expect(
      claimed(
        'Indiana is set to become the first state to require a crypto option in its retirement plans under HEA 1042.',
        'law',
        'HEA 1042',
      ),
    ).toBe('proposed');
  });

  it('reads the site an order set up going live as the order in force, and a launch to come as no status', () => {
    const order = 'executive-order';
    expect(claimed('TrumpIRA.gov went live on Monday.', order, 'TrumpIRA.gov')).toBe('official');
    expect(claimed('The White House launched TrumpIRA.gov on Monday.', order, 'TrumpIRA.gov')).toBe(
      'official',
    );
    expect(claimed('TrumpIRA.gov is due to launch by Jan. 1, 2027.', order, 'TrumpIRA.gov')).not.toBe(
      'official',
    );
  });

  it('reads a case to be decided or set for argument, and what a suit claims, as pending (proposed)', () => {
    const court = 'court-case';
    expect(
      claimed('The Supreme Court said it will decide Anderson v. Intel.', court, 'Anderson v. Intel'),
    ).toBe('proposed');
    expect(claimed('Supreme Court to hear Intel 401(k) case', court, 'Intel 401(k) case')).toBe('proposed');
    expect(claimed('Anderson v. Intel is set for argument in the spring.', court, 'Anderson v. Intel')).toBe(
      'proposed',
    );
    expect(claimed('The suit claims the department broke the law.', court, 'suit')).toBe('proposed');
  });

  it('reads a decided case, a ruling that found, or a lost lawsuit as official', () => {
    const court = 'court-case';
    expect(claimed('The justices decided Anderson v. Intel unanimously.', court, 'Anderson v. Intel')).toBe(
      'official',
    );
    expect(claimed('The ruling found that ForUsAll lacked standing.', court, 'ruling')).toBe('official');
    expect(claimed('ForUsAll lost its lawsuit against the department.', court, 'lawsuit')).toBe('official');
    // A judge who "killed" a suit decided it; the suit is not rescinded.
    expect(claimed('A federal judge killed ForUsAll’s lawsuit.', court, 'lawsuit')).not.toBe('rescinded');
    // "decided to hear" is taking the case up, not deciding it.
    expect(claimed('The Supreme Court decided to hear Anderson v. Intel.', court, 'Anderson v. Intel')).toBe(
      'proposed',
    );
  });

  it('reads guidance that is gone as rescinded, but a bill that is gone as a proposal that died', () => {
    expect(claimed('The 2022 crypto guidance is gone.', 'agency-guidance', 'guidance')).toBe('rescinded');
    expect(claimed('Gone is the 2022 guidance on crypto.', 'agency-guidance', 'guidance')).toBe('rescinded');
    expect(claimed('The Digital Assets Investments Act is gone for this session.', 'bill', 'Act')).toBe(
      'proposed',
    );
    expect(claimed('The board sold them all in the first quarter.', 'pension-fund-action', 'board')).toBe(
      'rescinded',
    );
  });

  it('reads an order others act under as existing, and a draft of it as reported', () => {
    const order = 'executive-order';
    expect(
      claimed(
        'Under the August executive order, regulators must revisit their guidance.',
        order,
        'executive order',
      ),
    ).toBe('official');
    expect(claimed('A draft of the 401(k) order would cover crypto.', order, '401(k) order')).toBe(
      'reported',
    );
  });

  it('reads a fund’s request for information as a study, not as something it issued', () => {
    expect(
      claimed(
        'Japan’s GPIF issued a request for information that mentioned bitcoin.',
        'pension-fund-action',
        'GPIF',
      ),
    ).toBe('proposed');
  });

  it('reads a sentence that ends by naming whose estimate it is as a report, whatever its verb', () => {
    expect(
      claimed(
        'Norway’s oil fund indirectly owns about 7,000 bitcoin, K33 Research estimated.',
        'pension-fund-action',
        'oil fund',
      ),
    ).toBe('reported');
    expect(
      claimed(
        'NBIM’s indirect bitcoin exposure grew, according to K33 Research.',
        'pension-fund-action',
        'NBIM',
      ),
    ).toBe('reported');
  });

  it('reads what an instrument itself urged as what it says, but not others urging about it', () => {
    const guidance = 'agency-guidance';
    expect(
      claimed('The 2022 guidance urged fiduciaries to exercise extreme care.', guidance, '2022 guidance'),
    ).toBe('official');
    expect(
      claimed('Crypto groups urged the department to withdraw the guidance.', guidance, 'guidance'),
    ).not.toBe('official');
    expect(claimed('The 2022 guidance also urged fiduciaries to take care.', guidance, '2022 guidance')).toBe(
      'official',
    );
    // An order the president urges is no order yet, even with him as the subject.
    expect(
      claimed('Trump urged regulators to draft an executive order.', 'executive-order', 'Trump'),
    ).not.toBe('official');
  });
});
