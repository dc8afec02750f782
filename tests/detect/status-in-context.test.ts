import './phrase-tables-installed';
import { describe, expect, it } from 'vitest';
import { claimedStatus, type CueTarget } from '../../src/detect/claimed-status';
import type { EntryKind } from '../../src/kb/schema';

/** The span of `phrase` in `sentence` (its first occurrence). */
function span(sentence: string, phrase: string): [number, number] {
  const at = sentence.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return [at, at + phrase.length];
}

/** The status `sentence` claims for the item written `own`, beside items written `others` of kinds `otherKinds`. */
function claimed(
  sentence: string,
  kind: EntryKind,
  own: string,
  others: string[] = [],
  otherKinds: EntryKind[] = [],
): ReturnType<typeof claimedStatus> {
  const target: CueTarget = {
    kind,
    nameSpans: [],
    ownSpans: [span(sentence, own)],
    otherSpans: others.map((phrase) => span(sentence, phrase)),
    otherKinds,
  };
  return claimedStatus(sentence, target);
}

describe('the status a sentence claims, read around the item', () => {
  it('reads a copular description of an instrument as official, a measurement as nothing', () => {
    expect(claimed('It is agency guidance, not a binding rule.', 'agency-guidance', 'It')).toBe('official');
    expect(claimed('The release is three pages long.', 'agency-guidance', 'The release')).toBeNull();
  });

  it('reads a denial of what a text contains as no status, and of what it does as official', () => {
    expect(claimed('The order never mentions bitcoin.', 'executive-order', 'The order')).toBeNull();
    expect(
      claimed('The proposal does not mention crypto by name.', 'proposed-rule', 'The proposal'),
    ).toBeNull();
    expect(claimed('It does not require any plan to add crypto.', 'executive-order', 'It')).toBe('official');
  });

  it('does not take what a spokesperson or a lawyer said for the item speaking', () => {
    expect(
      claimed('A Treasury spokeswoman said the order covers only new plans.', 'executive-order', 'the order'),
    ).toBe('official');
    expect(
      claimed(
        'A White House spokeswoman said no decision on the order had been made.',
        'executive-order',
        'the order',
      ),
    ).toBe('reported');
    expect(
      claimed(
        'Labor Secretary Ann Lee-Park said the guidance had been a mistake.',
        'agency-guidance',
        'the guidance',
      ),
    ).toBeNull();
    expect(
      claimed(
        '“The rule gives sponsors a process,” an official told reporters.',
        'proposed-rule',
        'The rule',
      ),
    ).toBe('proposed');
  });

  it('reads "rather than" as a denial: an analysts\u2019 reading of a fund stays a report', () => {
    expect(
      claimed(
        'Analysts said the holdings reflect index weights rather than a bet on bitcoin.',
        'pension-fund-action',
        'the holdings',
      ),
    ).toBe('reported');
  });

  it('reads a state acting under a bill as claiming it is law, but "would let" as a proposal', () => {
    expect(claimed('Utah has already put bitcoin into its pension fund, he said.', 'bill', 'Utah')).toBe(
      'official',
    );
    expect(claimed('The bill would also let the treasurer put 5% into bitcoin.', 'bill', 'The bill')).toBe(
      'proposed',
    );
  });

  it('reads "no longer in effect" and a sale of the shares as the end of the item, a partial sale as nothing', () => {
    expect(claimed('It is no longer in effect.', 'agency-guidance', 'It')).toBe('rescinded');
    expect(claimed('The board has since sold the shares.', 'pension-fund-action', 'The board')).toBe(
      'rescinded',
    );
    expect(
      claimed('The board sold some of its shares in June.', 'pension-fund-action', 'The board'),
    ).toBeNull();
  });

  it('reads "owns no bitcoin" as a denial, not a holding', () => {
    expect(claimed('The fund owns no bitcoin directly.', 'pension-fund-action', 'The fund')).toBeNull();
  });

  it('reads a call on a fund to act as a proposal, and an agency\u2019s blessing as official', () => {
    expect(
      claimed(
        'A think tank urged the pension fund to consider bitcoin ETFs.',
        'pension-fund-action',
        'the pension fund',
      ),
    ).toBe('proposed');
    expect(
      claimed(
        'The department blessed annuities as default investments in an advisory opinion.',
        'agency-guidance',
        'advisory opinion',
      ),
    ).toBe('official');
  });

  it('reads an unsigned order as the subject of "would" as reported', () => {
    expect(
      claimed(
        'The move would follow the decision to drop the 2022 warning.',
        'executive-order',
        'The move',
        ['2022 warning'],
        ['agency-guidance'],
      ),
    ).toBe('reported');
  });

  it('presupposes an instrument another item acts on, but not one a lawsuit disputes', () => {
    const bill = 'A senator filed a bill to write the order into law.';
    expect(claimed(bill, 'executive-order', 'the order', ['a bill'], ['bill'])).toBe('official');
    const suit = 'A record keeper filed a lawsuit against the crypto warning.';
    expect(claimed(suit, 'agency-guidance', 'the crypto warning', ['a lawsuit'], ['court-case'])).toBeNull();
  });

  it('claims nothing for a heading that asks ("What the new release says")', () => {
    expect(claimed('What the new release says', 'agency-guidance', 'the new release')).toBeNull();
  });

  it('reads a base form after a determiner as a noun ("a de facto ban")', () => {
    expect(claimed('Critics called it a de facto ban.', 'agency-guidance', 'it')).toBeNull();
    expect(claimed('It has had the effect of a ban on crypto options.', 'agency-guidance', 'It')).toBe(
      'official',
    );
  });

  it('reads "the move" as a noun, not as moving money', () => {
    expect(
      claimed(
        'The move would make it one of the first pensions to hold bitcoin.',
        'pension-fund-action',
        'The move',
      ),
    ).toBe('reported');
  });

  it('does not read a description of a pending case as its decision', () => {
    expect(
      claimed('The case asks whether savers must show a benchmark.', 'court-case', 'The case'),
    ).toBeNull();
  });

  it('reads what people who have seen a draft say as a report', () => {
    expect(
      claimed(
        'People who have seen the draft say the rule offers a safe harbor.',
        'proposed-rule',
        'the rule',
      ),
    ).toBe('reported');
  });
});
