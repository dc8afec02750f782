import type { EntryRules } from './entry-rules';
import { entryRules, forEachTrigger, type Matcher } from './load-matcher';
import type { Features, Hit } from './sentence-features';

/** An entry whose rules fire on a stretch of text, with what made it fire. */
export interface Candidate {
  entry: number;
  /** Hits of the entry's names (empty when only co-occurrence rules fired). */
  nameHits: Hit[];
  /** Groups in the largest rule that fired (0 when none fired). */
  ruleGroups: number;
  /** Prefer terms present. */
  preferred: number;
  /** Every hit that counted: names, the terms of the rules that fired, prefer terms. */
  evidence: Hit[];
  score: number;
}

/**
 * The entries whose names appear, or one of whose rules has every group present
 * and none of its `none` terms, minus entries with an exclusion present. Only
 * rules indexed under a present feature are evaluated (see prepare-matcher.ts).
 */
export function findCandidates(matcher: Matcher, features: Features): Candidate[] {
  const { present } = features;
  const touched = new Set<number>();
  for (const feature of present) forEachTrigger(matcher, feature, (entry) => touched.add(entry));

  const candidates: Candidate[] = [];
  for (const entry of touched) {
    const rules = entryRules(matcher, entry);
    // Decide first, allocate after: most touched entries do not fire (a state's name
    // touches every rule of that state). Plain loops here: this runs per block.
    if (anyPresent(rules.exclude, present)) continue;
    let fired = 0;
    for (const rule of rules.rules) if (fires(rule, present)) fired++;
    if (fired === 0 && !anyPresent(rules.names, present)) continue;
    candidates.push(describeCandidate(entry, rules, features));
  }
  return candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
}

function anyPresent(list: readonly number[], present: ReadonlySet<number>): boolean {
  for (const f of list) if (present.has(f)) return true;
  return false;
}

function fires(rule: EntryRules['rules'][number], present: ReadonlySet<number>): boolean {
  for (const group of rule.groups) if (!anyPresent(group, present)) return false;
  return !anyPresent(rule.none, present);
}

/** The evidence and score of an entry known to fire. */
function describeCandidate(entry: number, rules: EntryRules, { present, hitsOf }: Features): Candidate {
  const evidence = new Set<Hit>();
  const collect = (list: readonly number[]) => {
    for (const f of list) for (const hit of hitsOf.get(f) ?? []) evidence.add(hit);
  };
  const nameHits = rules.names.flatMap((f) => hitsOf.get(f) ?? []);
  collect(rules.names);
  let ruleGroups = 0;
  for (const rule of rules.rules) {
    if (!fires(rule, present)) continue;
    ruleGroups = Math.max(ruleGroups, rule.groups.length);
    rule.groups.forEach(collect);
  }
  const preferred = rules.prefer.filter((group) => anyPresent(group, present)).length;
  rules.prefer.forEach(collect);
  return {
    entry,
    nameHits,
    ruleGroups,
    preferred,
    evidence: [...evidence].sort((x, y) => x.start - y.start || y.end - x.end),
    score: (nameHits.length > 0 ? 10 : 0) + ruleGroups + 2 * preferred,
  };
}
