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

function program(rules: EntryRules): Uint8Array {
  const out: number[] = [];
  encodeEntryRules(rules, out, numbering);
  return Uint8Array.from(out);
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

  it('write counts and word sets in one byte each, even when the states run past 65,535', () => {
    const crypto = STATES + 3;
    const rules: EntryRules = {
      names: [],
      rules: [{ groups: [[20], [crypto]], none: [] }],
      exclude: [],
      prefer: [],
    };
    // names 0, rules 1, groups 2, [1, state 20 as 20 + SETS = 135 in two bytes], [1, set 3],
    // none 0, exclude 0, prefer 0.
    expect([...program(rules)]).toEqual([0, 1, 2, 1, (135 & 0x7f) | 0x80, 1, 1, 3, 0, 0, 0]);
  });

  it('write a state past 65,535 in three bytes, seven bits each, low bits first', () => {
    const far = 70_000;
    const rules: EntryRules = { names: [far], rules: [], exclude: [], prefer: [] };
    const coded = far + SETS;
    const bytes = [(coded & 0x7f) | 0x80, ((coded >>> 7) & 0x7f) | 0x80, coded >>> 14];
    expect([...program(rules)]).toEqual([1, ...bytes, 0, 0, 0]);
    expect(decodeEntryRules(program(rules), 0, numbering).names).toEqual([far]);
  });

  it('read each program from its own start, beside others in one table', () => {
    fc.assert(
      fc.property(anyRules, anyRules, (first, second) => {
        const out: number[] = [];
        encodeEntryRules(first, out, numbering);
        const start = out.length;
        encodeEntryRules(second, out, numbering);
        const table = Uint8Array.from(out);
        expect(decodeEntryRules(table, 0, numbering)).toEqual(first);
        expect(decodeEntryRules(table, start, numbering)).toEqual(second);
      }),
    );
  });
});
