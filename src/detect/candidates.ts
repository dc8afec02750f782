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
 * rules indexed under a present feature are evaluated: a rule is indexed under
 * every term of one of its groups (see prepare-matcher.ts), so a rule not indexed
 * under a present feature cannot fire, and an entry's names are indexed under slot 0.
 */
export function findCandidates(matcher: Matcher, features: Features): Candidate[] {
  const { present } = features;
  const { entries, slots } = touchedEntries(matcher, present);
  const candidates: Candidate[] = [];
  // Decide first, allocate after: most touched entries do not fire (a state's name
  // touches every rule of that state). Plain loops here: this runs per block.
  for (const entry of entries)
    if (isCandidate(matcher, entry, slots[entry]!, present))
      candidates.push(describeCandidate(entry, entryRules(matcher, entry), features));
  return candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
}

/** Whether findCandidates would find any entry: stops at the first, and describes none. */
export function hasCandidate(matcher: Matcher, present: ReadonlySet<number>): boolean {
  const { entries, slots } = touchedEntries(matcher, present);
  return entries.some((entry) => isCandidate(matcher, entry, slots[entry]!, present));
}

function isCandidate(matcher: Matcher, entry: number, slots: number, present: ReadonlySet<number>): boolean {
  const rules = entryRules(matcher, entry);
  return !anyPresent(rules.exclude, present) && namedOrFired(rules, slots, present);
}

/** Per matcher: the trigger slots each entry was touched by in the current call, and the calls' count. */
interface TouchScratch {
  slots: Uint32Array;
  seenIn: Uint32Array;
  call: number;
}
const scratchOf = new WeakMap<Matcher, TouchScratch>();

/**
 * The entries a present feature triggers, in first-touch order, and beside each (by
 * entry) the bits of the slots that touched it: bit 0 a name, bit r + 1 rule r. Arrays
 * per matcher, stamped per call, rather than a Set and a Map per call.
 */
function touchedEntries(
  matcher: Matcher,
  present: ReadonlySet<number>,
): { entries: number[]; slots: Uint32Array } {
  let scratch = scratchOf.get(matcher);
  if (!scratch) {
    const count = matcher.entries.length;
    scratch = { slots: new Uint32Array(count), seenIn: new Uint32Array(count), call: 0 };
    scratchOf.set(matcher, scratch);
  }
  const { slots, seenIn } = scratch;
  const call = ++scratch.call;
  const entries: number[] = [];
  const touch = (entry: number, slot: number) => {
    if (seenIn[entry] !== call) {
      seenIn[entry] = call;
      slots[entry] = 0;
      entries.push(entry);
    }
    slots[entry] = slots[entry]! | (1 << slot);
  };
  for (const feature of present) forEachTrigger(matcher, feature, touch);
  return { entries, slots };
}

/** Whether a name of the entry is present (slot 0 touched) or a rule that a present feature touched fires. */
function namedOrFired(rules: EntryRules, slots: number, present: ReadonlySet<number>): boolean {
  if ((slots & 1) !== 0) return true;
  for (let r = 0; r < rules.rules.length; r++)
    if ((slots & (1 << (r + 1))) !== 0 && fires(rules.rules[r]!, present)) return true;
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
