import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import type { TextBlock } from '../../src/detect/types';
import { fixtureEntries } from './kb-fixture';
import { events, makeEntry } from './make-entry';

type Rules = Parameters<typeof makeEntry>[0]['detect']['rules'];
/** A pension fund's action, a bill by name, a state bill by number: the entries these tests add. */
const fund = (id: string, title: string, rules: Rules) =>
  makeEntry({
    id,
    title,
    kind: 'pension-fund-action',
    events: events(['2024-05-01', 'official']),
    detect: { names: [], rules },
  });
const bill = (id: string, title: string, detect: Parameters<typeof makeEntry>[0]['detect']) =>
  makeEntry({ id, title, kind: 'bill', events: events(['2025-02-01', 'proposed']), detect });

const product = (id: string, all: string[][]) =>
  makeEntry({
    id,
    title: id,
    kind: 'private-product',
    events: events(['2022-04-26', 'official']),
    detect: { names: [], rules: [{ all }] },
  });

const entries = [
  ...fixtureEntries,
  product('acme-401k', [['acme'], ['@crypto'], ['401(k)']]),
  product('acme-ira', [['acme'], ['@crypto'], ['ira']]),
  fund('oh-fund', 'Ohio teachers pension fund: bitcoin ETF purchase', [
    { all: [['ohio'], ['@pension'], ['@crypto']] },
  ]),
  fund('tx-fund', 'Texas firefighters pension fund: bitcoin purchase', [
    { all: [['texas'], ['firefighter'], ['@crypto']] },
  ]),
  bill('savers-act', 'Savers Choice Act (House and Senate versions)', { names: ['Savers Choice Act'] }),
  bill('nc-sb50', 'North Carolina SB 50', {
    names: [],
    rules: [{ all: [['north carolina'], ['sb 50']] }, { all: [['sb 50'], ['@crypto']], none: ['@states'] }],
  }),
];
const matcher = loadMatcher(prepareMatcher(entries));
const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));
/** [entryId, via] of each claim, with the sentence's block index. */
const found = (...texts: string[]) =>
  detectClaims(matcher, blocks(...texts)).map((c) => [c.blockIndex, c.entryId, c.via]);
/** Filler that names nothing and puts a block of distance between mentions. */
const FILLER = 'Stocks were mixed on Friday as traders weighed the latest jobs data.';

describe('what a phrase that refers back points at', () => {
  it('attaches "the order" late in a sentence to the order named just before', () => {
    expect(
      found(
        'Executive Order 14330 was signed on Aug. 7.',
        'Lawmakers urged regulators to move quickly on their part of the order.',
      ),
    ).toEqual([
      [0, 'eo-401k', 'direct'],
      [1, 'eo-401k', 'context'],
    ]);
  });

  it('skips an item whose dates do not fit the year the phrase names', () => {
    expect(
      found(
        'Compliance Assistance Release No. 2022-01 told fiduciaries to use extreme care.',
        'Compliance Assistance Release No. 2025-01 took a neutral line.',
        'Lawyers said the 2022 release had chilled the market.',
      ),
    ).toContainEqual([2, 'car-2022', 'context']);
  });

  it('does not read "the 2025 release" as the 2022 release rescinded in 2025', () => {
    expect(
      found(
        'The Labor Department rescinded CAR 2022-01 in May.',
        'Lawyers said the 2025 release would not end the argument.',
      ),
      // The release made in 2025 (the one that did the rescinding), not the 2022 one.
    ).toEqual([
      [0, 'car-2022', 'direct'],
      [1, 'car-2025', 'context'],
    ]);
  });

  it('reads "the earlier guidance" as the older of the two releases just named', () => {
    const claims = found(
      'CAR 2022-01 told fiduciaries to take extreme care.',
      'CAR 2025-01 took a neutral line this week.',
      'Employers said the earlier guidance had scared them off.',
    );
    expect(claims.filter(([block]) => block === 2)).toEqual([[2, 'car-2022', 'context']]);
  });

  it('skips an item a place modifier does not fit ("the Ohio fund" after a Texas fund)', () => {
    const claims = found(
      'An Ohio pension fund bought shares of a bitcoin ETF in May.',
      'Houston firefighters bought bitcoin for their Texas fund in 2021.',
      'The Ohio fund declined to say how much it paid.',
    );
    expect(claims.filter(([block]) => block === 2)).toEqual([[2, 'oh-fund', 'context']]);
  });

  it('claims every bill just named for "neither bill", and the bill for "a Senate version"', () => {
    expect(
      found('The Savers Choice Act was filed in the House.', 'A Senate version followed in May.'),
    ).toEqual([
      [0, 'savers-act', 'direct'],
      [1, 'savers-act', 'context'],
    ]);
    expect(
      found('H92 passed the House and H506 stalled.', 'Neither bill has reached the Senate floor.'),
    ).toEqual(
      expect.arrayContaining([
        [1, 'nc-h92', 'context'],
        [1, 'nc-h506', 'context'],
      ]),
    );
  });

  it('reads an "it" late in a sentence as the subject of the sentence before', () => {
    expect(
      found('Executive Order 14330 tells the Labor Department to act.', 'Unions have long opposed it.'),
    ).toEqual([
      [0, 'eo-401k', 'direct'],
      [1, 'eo-401k', 'context'],
    ]);
  });

  it('reads "it" after a sentence with a plural subject as that sentence\'s one item', () => {
    expect(
      found(
        'Unions filed comments on Executive Order 14330 in September.',
        'Labor officials have not enforced it yet.',
      ),
    ).toEqual([
      [0, 'eo-401k', 'direct'],
      [1, 'eo-401k', 'context'],
    ]);
  });

  it('reads "it" after a sentence whose subject is a person as that sentence\'s one item', () => {
    expect(
      found(
        'H92 passed the House on Monday.',
        'Gov. Ann Ray is expected to sign it.',
        'It would take effect in July.',
      ),
    ).toEqual([
      [0, 'nc-h92', 'direct'],
      [1, 'nc-h92', 'context'],
      [2, 'nc-h92', 'context'],
    ]);
  });

  it('does not read "it" past a singular noun that it more likely means', () => {
    expect(
      found(
        'Executive Order 14330 tells the Labor Department to act.',
        'The agency has not said when it will.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });

  it('reads "the move" as the item just reported, even beside another named item', () => {
    expect(
      found(
        'Executive Order 14330 was signed on Thursday.',
        'Lawyers said the move followed the withdrawal of CAR 2022-01.',
      ),
    ).toEqual(
      expect.arrayContaining([
        [1, 'eo-401k', 'context'],
        [1, 'car-2022', 'direct'],
      ]),
    );
  });

  it('claims "the fund" only where the sentence is about what the fund did', () => {
    expect(
      found(
        'An Ohio pension fund bought bitcoin in May.',
        'The fund manages $90 billion for teachers.',
        'The fund said it may buy more bitcoin.',
      ),
    ).toEqual([
      [0, 'oh-fund', 'direct'],
      [2, 'oh-fund', 'context'],
    ]);
  });

  it('reads "the fund" after an ETF named beside the pension fund as the ETF', () => {
    expect(
      found(
        'An Ohio pension fund bought shares of a bitcoin ETF in May.',
        'The fund has drawn $2 billion this year.',
      ),
    ).toEqual([[0, 'oh-fund', 'direct']]);
  });

  it('reads a name\'s possessive as a determiner that must agree ("Trump\'s order", not "Biden\'s order")', () => {
    expect(
      found('Executive Order 14330 was signed on Thursday.', "Trump's order tells regulators to act."),
    ).toEqual([
      [0, 'eo-401k', 'direct'],
      [1, 'eo-401k', 'context'],
    ]);
    expect(
      found(
        'Executive Order 14330 was signed on Thursday.',
        "Biden's order on climate risk was revoked.",
        'The order had told agencies to weigh climate risk.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });

  it('does not read "the order" as ours once the article brings in another one', () => {
    expect(
      found(
        'Executive Order 14330 was signed on Thursday.',
        'He also signed an order raising tariffs on steel.',
        'The order takes effect on Monday.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
    expect(
      found(
        'H92 passed the House on Wednesday.',
        'Lawmakers also advanced a bill on school calendars.',
        'The bill now goes to the Senate.',
      ),
    ).toEqual([[0, 'nc-h92', 'direct']]);
  });

  it('does not read "the move" in a market report as the policy step', () => {
    expect(
      found(
        'Executive Order 14330 was signed on Thursday.',
        'Bitcoin rose 3%, and traders said the move was priced in.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });

  it('does not claim an item that a phrase only uses as a point in time', () => {
    expect(
      found('Executive Order 14330 was signed on Thursday.', 'Bitcoin rose 2% after the announcement.'),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });
});

describe('"the company" just named', () => {
  it('lets the rules read "the company" as the company the sentence before named', () => {
    expect(
      found(
        'Acme has offered bitcoin in 401(k) plans since 2022.',
        'Last month the company also launched a crypto IRA.',
      ),
    ).toEqual([
      [0, 'acme-401k', 'direct'],
      [1, 'acme-ira', 'direct'],
    ]);
  });

  it('keeps the company through references to its item', () => {
    expect(
      found(
        'Acme launched a crypto IRA in April.',
        'It charges no account fees.',
        'The firm also offers bitcoin in 401(k) plans.',
      ),
    ).toEqual([
      [0, 'acme-ira', 'direct'],
      [1, 'acme-ira', 'context'],
      [2, 'acme-401k', 'direct'],
    ]);
  });

  it('does not lend a company to a sentence far from it', () => {
    expect(
      found(
        'Acme has offered bitcoin in 401(k) plans since 2022.',
        FILLER,
        FILLER,
        'The company also launched a crypto IRA.',
      ),
    ).toEqual([[0, 'acme-401k', 'direct']]);
  });
});

describe('an "It" that the next sentence explains', () => {
  it('reads a short opening "It" as the one item the next sentence names', () => {
    expect(found("It's official. Trump signed Executive Order 14330 on Thursday.")).toEqual([
      [0, 'eo-401k', 'context'],
      [0, 'eo-401k', 'direct'],
    ]);
  });

  it('leaves it alone when the next sentence names two items, or the "It" sentence says more', () => {
    expect(found("It's done. H92 passed the House and H506 stalled.").map(([, id]) => id)).toEqual([
      'nc-h92',
      'nc-h506',
    ]);
    expect(found('It was a long week for traders. Executive Order 14330 was signed.')).toEqual([
      [0, 'eo-401k', 'direct'],
    ]);
  });
});

describe("the article's opening item", () => {
  it('is what "the order" means far down a story that opened with it', () => {
    expect(
      found(
        'Trump signs order opening 401(k) plans to bitcoin',
        FILLER,
        FILLER,
        FILLER,
        FILLER,
        'The order runs to four pages.',
      ),
    ).toEqual([
      [0, 'eo-401k', 'direct'],
      [5, 'eo-401k', 'context'],
    ]);
  });

  it('is not what "the order" means once another order came up', () => {
    expect(
      found(
        'Trump signs order opening 401(k) plans to bitcoin',
        FILLER,
        'He also signed Executive Order 14999 on wildfires.',
        FILLER,
        FILLER,
        FILLER,
        'The order runs to four pages.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });

  it('is not what a loose noun ("the move") means far from any mention', () => {
    expect(
      found(
        'Trump signs order opening 401(k) plans to bitcoin',
        FILLER,
        FILLER,
        FILLER,
        'The move surprised no one.',
      ),
    ).toEqual([[0, 'eo-401k', 'direct']]);
  });
});

describe('the state a story is about', () => {
  it('reads a bare bill number as the bill of the state named last, as in a table row', () => {
    const rows = ['State', 'Bill', 'North Carolina', 'SB 50 would let the treasurer buy gold.'];
    expect(detectClaims(matcher, blocks(...rows)).map((c) => c.entryId)).toEqual(['nc-sb50']);
  });

  it('does not lend the state to a sentence that names another', () => {
    expect(
      found('North Carolina lawmakers met on Monday.', "Utah's SB 50 would let the treasurer buy gold."),
    ).toEqual([]);
  });
});
