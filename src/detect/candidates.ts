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
 * entries a present feature triggers are looked at: each name triggers its entry, and
 * each rule is indexed under every term of one of its groups (see prepare-matcher.ts),
 * so an entry no present feature triggers has no name present and no rule that fires.
 */
export function findCandidates(matcher: Matcher, features: Features): Candidate[] {
  const { present } = features;
  const candidates: Candidate[] = [];
  // Decide first, allocate after: most touched entries do not fire (a common term
  // touches every entry with a rule indexed under it). Plain loops here: this runs per block.
  for (const entry of touchedEntries(matcher, present))
    if (isCandidate(matcher, entry, present))
      candidates.push(describeCandidate(entry, entryRules(matcher, entry), features));
  return candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
}

/** Whether findCandidates would find any entry: stops at the first, and describes none. */
export function hasCandidate(matcher: Matcher, present: ReadonlySet<number>): boolean {
  return touchedEntries(matcher, present).some((entry) => isCandidate(matcher, entry, present));
}

function isCandidate(matcher: Matcher, entry: number, present: ReadonlySet<number>): boolean {
  const rules = entryRules(matcher, entry);
  return !anyPresent(rules.exclude, present) && namedOrFired(rules, present);
}

/** Per matcher: the call each entry was last touched in, and the calls' count. */
interface TouchScratch {
  seenIn: Uint32Array;
  call: number;
}
const scratchOf = new WeakMap<Matcher, TouchScratch>();

/**
 * The entries a present feature triggers, in first-touch order. An array per matcher,
 * stamped per call, rather than a Set per call.
 */
function touchedEntries(matcher: Matcher, present: ReadonlySet<number>): number[] {
  let scratch = scratchOf.get(matcher);
  if (!scratch) {
    scratch = { seenIn: new Uint32Array(matcher.entries.length), call: 0 };
    scratchOf.set(matcher, scratch);
  }
  const { seenIn } = scratch;
  const call = ++scratch.call;
  const entries: number[] = [];
  const touch = (entry: number) => {
    if (seenIn[entry] !== call) {
      seenIn[entry] = call;
      entries.push(entry);
    }
  };
  for (const feature of present) forEachTrigger(matcher, feature, touch);
  return entries;
}

/** Whether a name of the entry is present or one of its rules fires. */
function namedOrFired(rules: EntryRules, present: ReadonlySet<number>): boolean {
  if (anyPresent(rules.names, present)) return true;
  for (const rule of rules.rules) if (fires(rule, present)) return true;
  return false;
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
