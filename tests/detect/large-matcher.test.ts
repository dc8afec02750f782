import { describe, expect, it } from 'vitest';
import { benchKb } from '../../bench/kb/bench-kb';
import { detectClaims } from '../../src/detect/detect-claims';
import { entryRules, loadMatcher } from '../../src/detect/load-matcher';
import type { PreparedMatcher } from '../../src/detect/matcher-format';
import { prepareMatcher } from '../../src/detect/prepare-matcher';

// The benchmark's KB of 10,000 entries: over 65,535 automaton states, so some features
// take the rule programs' three-number escape and the tables their wide forms.
describe('a matcher of 10,000 entries', async () => {
  const entries = await benchKb(10_000);
  const prepared = JSON.parse(JSON.stringify(prepareMatcher(entries))) as PreparedMatcher;
  const matcher = loadMatcher(prepared);
  const farNames = entries.flatMap((entry, index) =>
    entryRules(matcher, index).names.some((feature) => feature > 0xffff) ? [{ entry, index }] : [],
  );

  it('has names whose features are past 65,535', () => {
    expect(matcher.states).toBeGreaterThan(0xffff);
    expect(farNames.length).toBeGreaterThan(100);
  });

  it('marks a signed-into-law sentence naming such an entry as official', () => {
    const bill = farNames.findLast(({ entry }) => entry.kind === 'bill')!;
    const text = `The ${bill.entry.detect.names[0]} was signed into law on Tuesday.`;
    const claims = detectClaims(matcher, [{ text, kind: 'paragraph' }]);
    expect(claims.map((c) => [c.entryId, c.claimedStatus])).toEqual([[bill.entry.id, 'official']]);
    expect(matcher.entries.at(bill.index)?.title).toBe(bill.entry.title);
  });
});
