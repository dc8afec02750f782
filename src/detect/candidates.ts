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
  const { present, hitsOf } = features;
  const touched = new Set<number>();
  for (const feature of present) forEachTrigger(matcher, feature, (entry) => touched.add(entry));

  const candidates: Candidate[] = [];
  for (const entry of touched) {
    const rules = entryRules(matcher, entry);
    if (rules.exclude.some((f) => present.has(f))) continue;
    const evidence = new Set<Hit>();
    const collect = (list: readonly number[]) => {
      for (const f of list) for (const hit of hitsOf.get(f) ?? []) evidence.add(hit);
    };
    const nameHits = rules.names.flatMap((f) => hitsOf.get(f) ?? []);
    collect(rules.names);
    let ruleGroups = 0;
    for (const rule of rules.rules) {
      const fires =
        rule.groups.every((group) => group.some((f) => present.has(f))) &&
        !rule.none.some((f) => present.has(f));
      if (!fires) continue;
      ruleGroups = Math.max(ruleGroups, rule.groups.length);
      rule.groups.forEach(collect);
    }
    if (nameHits.length === 0 && ruleGroups === 0) continue;
    const preferred = rules.prefer.filter((group) => group.some((f) => present.has(f))).length;
    rules.prefer.forEach(collect);
    candidates.push({
      entry,
      nameHits,
      ruleGroups,
      preferred,
      evidence: [...evidence].sort((a, b) => a.start - b.start || b.end - a.end),
      score: (nameHits.length > 0 ? 10 : 0) + ruleGroups + 2 * preferred,
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
}
