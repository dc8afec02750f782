import { beforeAll, describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher, type Matcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { readEntryFiles } from '../../src/kb/entry-files';
import { KB_ENTRIES_DIR } from '../../src/kb/snapshot-from-files';

/**
 * The shipped KB's detection rules (src/kb/entries/*.json) on sentences as news writes
 * them: each spec names the entry a phrasing must reach, and one it must not.
 */
let matcher: Matcher;
beforeAll(async () => {
  const kb = await readEntryFiles(KB_ENTRIES_DIR);
  matcher = loadMatcher(prepareMatcher(kb.entries));
});

/** The claims of an article of these paragraphs, in order. */
const articleClaims = (...texts: string[]) =>
  detectClaims(
    matcher,
    texts.map((text) => ({ text, kind: 'paragraph' as const })),
  );

/** [entryId, claimedStatus] of each claim of the paragraph. */
const claimsIn = (text: string) => articleClaims(text).map((c) => [c.entryId, c.claimedStatus]);

describe('shipped detection rules', () => {
  it('reads the order that called for the Labor Department rule, or set its Feb. 3 deadline, as EO 14330', () => {
    expect(
      claimsIn('The executive order that called for the rule gave the department until Feb. 3 to act.'),
    ).toContainEqual(['us-eo-14330-alt-assets-401k', 'official']);
    expect(claimsIn('The order that required it set a Feb. 3 deadline.')).toEqual([
      ['us-eo-14330-alt-assets-401k', 'official'],
    ]);
    // Another order's rule is not it.
    expect(claimsIn('The order on climate risk called for an ESG rule.')).toEqual([]);
  });

  it('reads "the rule meant to carry out the order" as the Labor Department proposal', () => {
    expect(claimsIn('The rule meant to carry out the order is stuck at the proposal stage.')).toContainEqual([
      'us-dol-nprm-dia-selection-2026',
      'proposed',
    ]);
    expect(claimsIn('The SEC rule meant to carry out the order is still a draft.')).not.toContainEqual([
      'us-dol-nprm-dia-selection-2026',
      'proposed',
    ]);
  });

  it("reads Cartwright on the coins it keeps in cold storage as the UK scheme's bitcoin", () => {
    expect(claimsIn('Cartwright said the coins were held in cold storage.').map(([id]) => id)).toEqual([
      'uk-cartwright-db-scheme-3pct-btc',
    ]);
  });
});

describe('shipped rules for firsts that news leads with', () => {
  it('reads Arizona becoming the first state to let its pension funds own bitcoin as SB 1025', () => {
    expect(
      claimsIn(
        'Headlines said Arizona was about to become the first state to let its pension funds own bitcoin.',
      ).map(([id]) => id),
    ).toEqual(['us-az-sb1025']);
    // Arizona's reserve funded by seized coins is another bill.
    expect(
      claimsIn(
        'Arizona became the first state to put seized bitcoin in a reserve, not its pension funds.',
      ).map(([id]) => id),
    ).not.toContain('us-az-sb1025');
  });

  it('reads SWIB, by its short name, as the first state pension fund in the new ETFs', () => {
    expect(
      claimsIn(
        'SWIB first disclosed the holding in May 2024, making it the first state pension fund to buy into the new ETFs.',
      ),
    ).toEqual([['us-wi-swib-btc-etf', 'official']]);
  });

  it('reads a fund that "sells its bitcoin ETF shares" as exiting the stake', () => {
    expect(claimsIn('Wisconsin pension board sells its bitcoin ETF shares')).toEqual([
      ['us-wi-swib-btc-etf', 'rescinded'],
    ]);
  });

  it('reads Wisconsin as the first state pension fund in the new funds as its ETF stake', () => {
    expect(
      claimsIn(
        'That makes Wisconsin the first U.S. state pension fund known to have put money into the new funds.',
      ),
    ).toEqual([['us-wi-swib-btc-etf', 'official']]);
  });
});

describe('two states joined as one subject', () => {
  it('gives "Texas and New Hampshire have put bitcoin into their pension funds" a claim for each state, the verb to both', () => {
    expect(
      claimsIn(
        '“Texas and New Hampshire have already put bitcoin into their pension funds,” one lawmaker said.',
      ),
    ).toEqual([
      ['us-tx-sb21', 'official'],
      ['us-nh-hb302', 'official'],
    ]);
    expect(claimsIn('New Hampshire and Texas have already opened their public pensions to bitcoin.')).toEqual(
      [
        ['us-tx-sb21', 'official'],
        ['us-nh-hb302', 'official'],
      ],
    );
  });

  it('keeps a Texas pension fund that bought bitcoin as the Houston firefighters, not the reserve law', () => {
    expect(
      claimsIn('Houston firefighters put bitcoin into their pension fund in 2021.').map(([id]) => id),
    ).toEqual(['us-tx-hfrrf-2021']);
  });
});

describe('round-up sentences on several states', () => {
  it('claims each state bill named by its number, with the verb of its own clause', () => {
    expect(
      claimsIn(
        'Arizona’s SB 1025, Florida’s HB 487 and Oklahoma’s HB 1203 all stalled, while New Hampshire’s HB 302 became law.',
      ),
    ).toEqual([
      ['us-az-sb1025', 'proposed'],
      ['us-fl-hb487-sb550-2025', 'proposed'],
      ['us-ok-hb1203', 'proposed'],
    ]);
  });
});

describe('short names news uses after the first mention', () => {
  it('reads "Teachers\'" with FTX or its venture growth arm as Ontario Teachers\' FTX stake', () => {
    expect(claimsIn('Teachers’ made the investment through its venture growth arm.')).toEqual([
      ['ca-otpp-ftx', 'official'],
    ]);
    // Another teachers' fund and crypto is not it.
    expect(
      claimsIn('The Teachers’ Retirement System of Texas bought bitcoin ETFs.').map(([id]) => id),
    ).not.toContain('ca-otpp-ftx');
  });
});

describe('headline shorthand', () => {
  it('reads "Indiana governor signs crypto retirement bill" as HEA 1042 signed', () => {
    expect(claimsIn('Statehouse live: Indiana governor signs crypto retirement bill')).toEqual([
      ['us-in-hea-1042-2026', 'official'],
    ]);
  });
});

describe('the 2022 crypto release undone, in the words news uses', () => {
  it('reads "pulled its crypto warning" as the 2022 release rescinded', () => {
    expect(claimsIn('The Labor Department pulled its crypto warning last year.')).toEqual([
      ['us-dol-car-2022-01', 'rescinded'],
    ]);
    // A warning on something else is not it.
    expect(claimsIn('The Labor Department pulled its warning on overtime pay last year.')).toEqual([]);
  });
});

describe('lawsuits, orders and write-offs, in the words news uses', () => {
  it('claims the lawsuit as proposed beside the guidance it challenges ("ForUsAll sued ... over its crypto guidance")', () => {
    expect(claimsIn('ForUsAll sued the Labor Department over its crypto guidance.')).toContainEqual([
      'us-forusall-v-dol',
      'proposed',
    ]);
    expect(claimsIn('ForUsAll is suing the Labor Department over its crypto warning.')).toContainEqual([
      'us-forusall-v-dol',
      'proposed',
    ]);
  });

  it('reads "the directive" after a signed order as that order', () => {
    const claims = articleClaims(
      'Trump signed an executive order on Thursday to open 401(k) plans to crypto.',
      'The directive gives the Labor Department six months to act.',
    );
    expect(claims.map((c) => [c.blockIndex, c.entryId, c.claimedStatus])).toEqual([
      [0, 'us-eo-14330-alt-assets-401k', 'official'],
      [1, 'us-eo-14330-alt-assets-401k', 'official'],
    ]);
  });

  it('reads "the write-off" after a fund wrote off a stake as that fund\'s holding, but not "the sale" of anything', () => {
    const after = (first: string, second: string) =>
      articleClaims(first, second).map((c) => [c.blockIndex, c.entryId, c.claimedStatus]);
    expect(
      after(
        'Ontario Teachers’ Pension Plan wrote off its US$95 million FTX investment.',
        'The write-off is less than 0.05% of the plan’s net assets.',
      ),
    ).toEqual([
      [0, 'ca-otpp-ftx', 'rescinded'],
      [1, 'ca-otpp-ftx', 'rescinded'],
    ]);
    // "The sale of the building" is no reference to the fund's sale: a sale is too common a word.
    expect(
      after(
        'The State of Wisconsin Investment Board sold its entire bitcoin ETF stake in the first quarter.',
        'The sale of the building closed in March.',
      ),
    ).toEqual([[0, 'us-wi-swib-btc-etf', 'rescinded']]);
  });
});

describe('names and synonyms news uses for the items', () => {
  it('knows the lawsuit by its caption, the Supreme Court as SCOTUS, and private assets as alternatives', () => {
    expect(claimsIn('ForUsAll v. Department of Labor was filed in June 2022.')).toContainEqual([
      'us-forusall-v-dol',
      'proposed',
    ]);
    expect(claimsIn('SCOTUS agreed to hear a 401(k) case involving Intel.')).toContainEqual([
      'us-scotus-anderson-v-intel',
      'proposed',
    ]);
    expect(claimsIn('DOL proposes rule on private assets in 401(k)s')).toContainEqual([
      'us-dol-nprm-dia-selection-2026',
      'proposed',
    ]);
  });
});

describe('status in the article so far', () => {
  const statusesOf = (...texts: string[]) =>
    articleClaims(...texts).map((c) => [c.blockIndex, c.claimedStatus]);

  it('reads "the order would..." as a rumour before the article says it was signed, and as the order after', () => {
    const would = 'The order would require the Labor Department to revisit its guidance.';
    expect(
      statusesOf('Trump is expected to sign an executive order opening 401(k) plans to crypto.', would),
    ).toEqual([
      [0, 'reported'],
      [1, 'reported'],
    ]);
    expect(
      statusesOf(
        'President Trump signed an executive order on Thursday opening 401(k) plans to crypto.',
        would,
      ),
    ).toEqual([
      [0, 'official'],
      [1, 'official'],
    ]);
  });

  it('reads what a bill does as law once the article says it was signed, and as a proposal before', () => {
    const moves =
      "The law moves oversight of the state's pension investments to a new North Carolina Investment Authority.";
    expect(
      statusesOf(
        'North Carolina Gov. Josh Stein signed the State Investment Modernization Act into law.',
        moves,
      ),
    ).toEqual([
      [0, 'official'],
      [1, 'official'],
    ]);
    expect(
      statusesOf('North Carolina lawmakers filed the State Investment Modernization Act in March.', moves),
    ).toEqual([
      [0, 'proposed'],
      [1, 'proposed'],
    ]);
  });

  it("forgets the signing at a live blog's next timestamp: the post below it was written before", () => {
    expect(
      statusesOf(
        '10:02 a.m.',
        'President Trump signed an executive order on Thursday opening 401(k) plans to crypto.',
        '8:15 a.m.',
        'The order would require the Labor Department to revisit its guidance.',
      ),
    ).toEqual([
      [1, 'official'],
      [3, 'reported'],
    ]);
  });

  it('does not read "the order could..." after the signing as a rumour', () => {
    expect(
      statusesOf(
        'President Trump signed an executive order on Thursday opening 401(k) plans to crypto.',
        'Critics said the order could expose savers to high fees.',
      ),
    ).not.toContainEqual([1, 'reported']);
  });
});
