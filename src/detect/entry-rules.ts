/**
 * An entry's detection rules as features (see matcher-format.ts), and their
 * encoding as a flat list of numbers so 10,000 entries load as one Uint16Array:
 *
 *   nNames, name...,
 *   nRules, (nGroups, (nFeatures, feature...)..., nNone, none...)...,
 *   nExclude, exclude...,
 *   nPrefer, (nFeatures, feature...)...
 *
 * A term with several spellings ("HB 92", "HB92") is several features; a group
 * or a prefer term lists them all.
 */
export interface EntryRules {
  names: number[];
  rules: { groups: number[][]; none: number[] }[];
  exclude: number[];
  prefer: number[][];
}

/**
 * Programs are two bytes a number. A number of 0xFFFF or more (a feature past the 65,535th
 * state: some at 10,000 entries) takes three: the escape, then its high and low halves.
 */
const ESCAPE = 0xffff;

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
  const one = (value: number) => {
    if (value < ESCAPE) out.push(value);
    else out.push(ESCAPE, value >>> 16, value & 0xffff);
  };
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
  program: Uint16Array,
  start: number,
  numbering: FeatureNumbering = AS_IS,
): EntryRules {
  let at = start;
  const next = (): number => {
    const value = program[at++]!;
    return value === ESCAPE ? (program[at++]! << 16) | program[at++]! : value;
  };
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
