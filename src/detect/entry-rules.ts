import { VarintReader, writeVarint } from './varint';

/**
 * An entry's detection rules as features (see matcher-format.ts), and their
 * encoding as a flat list of numbers so 10,000 entries load as one Uint8Array:
 *
 *   nNames, name...,
 *   nRules, (nGroups, (nFeatures, feature...)..., nNone, none...)...,
 *   nExclude, exclude...,
 *   nPrefer, (nFeatures, feature...)...
 *
 * A term with several spellings ("HB 92", "HB92") is several features; a group
 * or a prefer term lists them all.
 *
 * Each number takes the bytes it needs (varint.ts): two thirds of them are counts below 128,
 * one byte each where a two-byte table took two, and a feature past the 65,535th state takes
 * three bytes where an escape took six. At 10,000 entries: 493 KB -> 356 KB.
 */
export interface EntryRules {
  names: number[];
  rules: { groups: number[][]; none: number[] }[];
  exclude: number[];
  prefer: number[][];
}

/** How a program writes features (and reads them back): see programNumbering. */
export interface FeatureNumbering {
  code(feature: number): number;
  feature(code: number): number;
}

const AS_IS: FeatureNumbering = { code: (f) => f, feature: (c) => c };

/**
 * Word sets ("@crypto") are features numbered after every state, so at 10,000 entries each
 * one in a program took the three-number escape (24,501 of its 29,982 escapes, 130 KB of
 * the matcher's base64). A program writes them first instead: set i as i, state s as
 * s + sets.
 */
export function programNumbering(states: number, sets: number): FeatureNumbering {
  return {
    code: (f) => (f >= states ? f - states : f + sets),
    feature: (c) => (c < sets ? c + states : c - sets),
  };
}

export function encodeEntryRules(
  rules: EntryRules,
  out: number[],
  numbering: FeatureNumbering = AS_IS,
): void {
  const one = (value: number) => writeVarint(out, value);
  const list = (features: number[]) => {
    one(features.length);
    for (const feature of features) one(numbering.code(feature));
  };
  list(rules.names);
  one(rules.rules.length);
  for (const rule of rules.rules) {
    one(rule.groups.length);
    rule.groups.forEach(list);
    list(rule.none);
  }
  list(rules.exclude);
  one(rules.prefer.length);
  rules.prefer.forEach(list);
}

export function decodeEntryRules(
  program: Uint8Array,
  start: number,
  numbering: FeatureNumbering = AS_IS,
): EntryRules {
  const reader = new VarintReader(program, start);
  const next = () => reader.next();
  const list = (): number[] => {
    const features: number[] = [];
    for (let n = next(); n > 0; n--) features.push(numbering.feature(next()));
    return features;
  };
  const names = list();
  const rules: EntryRules['rules'] = [];
  for (let r = next(); r > 0; r--) {
    const groups: number[][] = [];
    for (let g = next(); g > 0; g--) groups.push(list());
    rules.push({ groups, none: list() });
  }
  const exclude = list();
  const prefer: number[][] = [];
  for (let p = next(); p > 0; p--) prefer.push(list());
  return { names, rules, exclude, prefer };
}
