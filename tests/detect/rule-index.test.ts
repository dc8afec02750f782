import { describe, expect, it } from 'vitest';
import { FLAG_TRIGGER } from '../../src/detect/automaton';
import { findCandidates } from '../../src/detect/candidates';
import { forEachTrigger, loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { featuresOf } from '../../src/detect/sentence-features';
import { makeEntry } from './make-entry';
import { textHits } from './text-hits';

/** Five Kentucky bills: each rule needs the state and the bill's number. */
const bills = [1, 2, 3, 4, 5].map((n) =>
  makeEntry({
    id: `ky-sb-${n}`,
    kind: 'bill',
    detect: {
      names: [`Kentucky Digital Savings Act ${n}`],
      rules: [{ all: [['Kentucky'], [`SB ${n}`]], none: [] }],
    },
  }),
);
const matcher = loadMatcher(prepareMatcher(bills));
const stateOf = (term: string) => textHits(matcher, term).find((hit) => hit.end === term.length)!.state;
const triggered = (term: string) => {
  const found: string[] = [];
  forEachTrigger(matcher, stateOf(term), (entry) => found.push(matcher.entries.at(entry)!.id));
  return found;
};

describe('the index of rules by term', () => {
  it('files a rule under the group the fewest entries share: the bill number, not the state', () => {
    expect(triggered('Kentucky')).toEqual([]);
    expect(triggered('SB 3')).toEqual(['ky-sb-3']);
  });

  it('still marks the state as a term that makes a block worth a look', () => {
    expect(matcher.automaton.flags[stateOf('Kentucky')]! & FLAG_TRIGGER).toBe(FLAG_TRIGGER);
  });

  it('finds the one bill a sentence names, and none without its number', () => {
    const ids = (text: string) =>
      findCandidates(matcher, featuresOf(matcher, textHits(matcher, text))).map(
        (c) => matcher.entries.at(c.entry)!.id,
      );
    expect(ids('Kentucky lawmakers passed SB 3 on Friday.')).toEqual(['ky-sb-3']);
    expect(ids('Kentucky lawmakers passed a pension bill on Friday.')).toEqual([]);
  });

  it('triggers an entry once for a term that is both its name and indexes its rule', () => {
    const [entry] = [
      makeEntry({
        id: 'ky-sb-9',
        kind: 'bill',
        detect: { names: ['SB 9'], rules: [{ all: [['Kentucky'], ['SB 9']], none: [] }] },
      }),
    ];
    const own = loadMatcher(prepareMatcher([entry!]));
    const state = textHits(own, 'SB 9').find((hit) => hit.end === 4)!.state;
    const found: number[] = [];
    forEachTrigger(own, state, (index) => found.push(index));
    expect(found).toEqual([0]);
  });
});
