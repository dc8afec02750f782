/**
 * An entry's detection rules as features (see matcher-format.ts), and their
 * encoding as a flat list of numbers so 10,000 entries load as one Int32Array:
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

export function encodeEntryRules(rules: EntryRules, out: number[]): void {
  const list = (features: number[]) => out.push(features.length, ...features);
  list(rules.names);
  out.push(rules.rules.length);
  for (const rule of rules.rules) {
    out.push(rule.groups.length);
    rule.groups.forEach(list);
    list(rule.none);
  }
  list(rules.exclude);
  out.push(rules.prefer.length);
  rules.prefer.forEach(list);
}

export function decodeEntryRules(program: Uint16Array | Int32Array, start: number): EntryRules {
  let at = start;
  const list = (): number[] => {
    const n = program[at++]!;
    const features = Array.from(program.subarray(at, at + n));
    at += n;
    return features;
  };
  const names = list();
  const rules: EntryRules['rules'] = [];
  for (let r = program[at++]!; r > 0; r--) {
    const groups: number[][] = [];
    for (let g = program[at++]!; g > 0; g--) groups.push(list());
    rules.push({ groups, none: list() });
  }
  const exclude = list();
  const prefer: number[][] = [];
  for (let p = program[at++]!; p > 0; p--) prefer.push(list());
  return { names, rules, exclude, prefer };
}
