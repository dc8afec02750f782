import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEntryRules,
  encodeEntryRules,
  programNumbering,
  type EntryRules,
} from '../../src/detect/entry-rules';

const STATES = 72_485;
const SETS = 115;
const numbering = programNumbering(STATES, SETS);

function program(rules: EntryRules): Uint16Array {
  const out: number[] = [];
  encodeEntryRules(rules, out, numbering);
  return Uint16Array.from(out);
}

const features = fc.array(fc.integer({ min: 0, max: STATES + SETS - 1 }), { maxLength: 5 });
const anyRules: fc.Arbitrary<EntryRules> = fc.record({
  names: features,
  rules: fc.array(fc.record({ groups: fc.array(features, { minLength: 1, maxLength: 4 }), none: features }), {
    maxLength: 4,
  }),
  exclude: features,
  prefer: fc.array(features, { maxLength: 3 }),
});

describe('entry rule programs', () => {
  it('read back every feature they were written with, states and word sets alike', () => {
    fc.assert(
      fc.property(anyRules, (rules) => {
        expect(decodeEntryRules(program(rules), 0, numbering)).toEqual(rules);
      }),
    );
  });

  it('write a word set in one number even when the states run past 65,535', () => {
    const crypto = STATES + 3;
    const rules: EntryRules = {
      names: [],
      rules: [{ groups: [[12], [crypto]], none: [] }],
      exclude: [],
      prefer: [],
    };
    // names 0, rules 1, groups 2, [1, 12], [1, set 3], none 0, exclude 0, prefer 0.
    expect([...program(rules)]).toEqual([0, 1, 2, 1, 12 + SETS, 1, 3, 0, 0, 0]);
  });

  it('still escape a state past 65,535 into three numbers', () => {
    const far = 70_000;
    const rules: EntryRules = { names: [far], rules: [], exclude: [], prefer: [] };
    const coded = far + SETS;
    expect([...program(rules)]).toEqual([1, 0xffff, coded >>> 16, coded & 0xffff, 0, 0, 0]);
    expect(decodeEntryRules(program(rules), 0, numbering).names).toEqual([far]);
  });
});
