import type { Entry } from '../kb/schema';
import { FLAG_TRIGGER } from './automaton';
import { buildAutomaton } from './automaton-build';
import { automatonTables } from './automaton-tables';
import { encodeEntryRules, programNumbering, type EntryRules } from './entry-rules';
import { LEXICON } from './lexicon';
import { ENGINE_WORD_SETS, MATCHER_FORMAT_VERSION, type PreparedMatcher } from './matcher-format';
import { packEntries } from './matcher-entries';
import { packTables } from './packed-tables';
import { bitsOf, narrow, varintBytes } from './table-writers';
import { packedPhrases } from './phrase-tables';
import { termVariants } from './term-words';
import type { MatcherEntry } from './types';

/** A compiled term before the automaton exists: sequence indexes, or a word set (as -1 - setIndex). */
type Ref = number;

/**
 * How often a word set's words appear in ordinary news: a rule is indexed under
 * its rarest group, so a page full of "order" and "bill" does not evaluate every rule.
 * Literal terms cost 1.
 */
const SET_COST: Record<string, number> = {
  order: 60,
  bill: 80,
  guidance: 40,
  labor: 8,
  retirement: 15,
  pension: 15,
  crypto: 25,
  alternatives: 30,
  reference: 200,
};

/**
 * Compiles every term of every entry (names, rule groups, exclusions, prefer
 * terms, word sets expanded) into one word automaton and the entries' rules into
 * number tables. Runs at build time or in the background, never in the page.
 */
export function prepareMatcher(entries: readonly Entry[]): PreparedMatcher {
  const wordSets: string[] = [...Object.keys(LEXICON), ...Object.keys(ENGINE_WORD_SETS)];
  const setWords: Record<string, readonly string[]> = { ...LEXICON, ...ENGINE_WORD_SETS };
  const sequences: string[][] = [];
  const sequenceIndex = new Map<string, number>();

  const literal = (term: string): Ref[] =>
    termVariants(term).map((words) => {
      const key = words.join(' ');
      let index = sequenceIndex.get(key);
      if (index === undefined) {
        index = sequences.length;
        sequences.push(words);
        sequenceIndex.set(key, index);
      }
      return index;
    });
  const compile = (term: string): Ref[] => {
    if (!term.startsWith('@')) return literal(term);
    const set = wordSets.indexOf(term.slice(1));
    if (set < 0) throw new Error(`unknown word set "${term}"`);
    return [-1 - set];
  };

  const setMembers: [Ref, number][] = [];
  wordSets.forEach((name, set) => {
    for (const word of setWords[name]!) for (const ref of literal(word)) setMembers.push([ref, set]);
  });

  const compiled = entries.map((entry) => {
    const { names, rules, exclude, prefer } = entry.detect;
    return {
      names: names.flatMap(compile),
      rules: rules.map((rule) => ({
        groups: rule.all.map((group) => group.flatMap(compile)),
        none: rule.none.flatMap(compile),
      })),
      exclude: exclude.flatMap(compile),
      prefer: prefer.map(compile),
    } satisfies EntryRules;
  });

  const { automaton, endStates } = buildAutomaton(sequences);
  const states = automaton.flags.length;
  const feature = (ref: Ref) => (ref >= 0 ? endStates[ref]! : states + (-1 - ref));
  const features = (refs: Ref[]) => [...new Set(refs.map(feature))];

  /** [feature, entry]: the feature is one of the entry's names or indexes one of its rules. */
  const triggers: [number, number][] = [];
  // Terms that make a block worth a look: names and each rule's cheapest group by word cost.
  const flagged = new Set<number>();
  const program: number[] = [];
  const programLengths: number[] = [];
  const numbering = programNumbering(states, wordSets.length);
  const resolvedAll = compiled.map((rules): EntryRules => ({
    names: features(rules.names),
    rules: rules.rules.map((rule) => ({ groups: rule.groups.map(features), none: features(rule.none) })),
    exclude: features(rules.exclude),
    prefer: rules.prefer.map(features),
  }));
  const sharedBy = entriesPerFeature(resolvedAll);
  resolvedAll.forEach((resolved, e) => {
    for (const f of resolved.names) {
      triggers.push([f, e]);
      flagged.add(f);
    }
    resolved.rules.forEach((rule) => {
      for (const f of cheapestGroup(rule.groups, states, wordSets)) flagged.add(f);
      for (const f of leastSharedGroup(rule.groups, sharedBy, states, wordSets)) triggers.push([f, e]);
    });
    const start = program.length;
    encodeEntryRules(resolved, program, numbering);
    programLengths.push(program.length - start);
  });
  triggers.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // A feature that names an entry and indexes its rules, or indexes two of them, triggers it once.
  const uniqueTriggers = triggers.filter(
    ([f, e], i) => i === 0 || f !== triggers[i - 1]![0] || e !== triggers[i - 1]![1],
  );
  markTriggerStates(
    automaton.flags,
    flagged,
    setMembers.map(([ref, set]) => [feature(ref), states + set]),
  );

  const members = [...new Set(setMembers.map(([ref, set]) => `${feature(ref)}:${set}`))].map((pair) =>
    pair.split(':').map(Number),
  );
  return {
    format: 'statusmark-matcher',
    version: MATCHER_FORMAT_VERSION,
    states,
    rootWords: automaton.rootWords,
    wordSets,
    tables: packTables({
      ...automatonTables(automaton),
      setMembers: Int32Array.from(members.flat()),
      // Sorted features as steps from the one before (most are 0 or small: one byte), then
      // each trigger's entry: about three bytes a trigger instead of eight.
      triggerFeatureSteps: varintBytes(
        uniqueTriggers.map(([feature], i) => feature - (uniqueTriggers[i - 1]?.[0] ?? 0)),
      ),
      triggerEntries: narrow(uniqueTriggers.map(([, entry]) => entry)),
      programs: Uint8Array.from(program),
      programLengths: narrow(programLengths),
      tieBits: bitsOf(entries.map(needsRetirementTie)),
    }),
    entries: packEntries(entries.map(toMatcherEntry)),
    phrases: packedPhrases(),
  };
}

/**
 * Flags the terms a block needs before any name or rule can be found in it: every name, and
 * every term of each rule's cheapest group (a rule needs all its groups, so a block without
 * one of those terms cannot make it fire). The page skips blocks with none.
 */
function markTriggerStates(
  flags: Uint8Array,
  triggering: ReadonlySet<number>,
  members: [number, number][],
): void {
  for (const feature of triggering) if (feature < flags.length) flags[feature]! |= FLAG_TRIGGER;
  for (const [state, setFeature] of members) if (triggering.has(setFeature)) flags[state]! |= FLAG_TRIGGER;
}

/** How common a feature's words are in news: a word set what SET_COST says, a literal term 1. */
const wordCost = (f: number, states: number, wordSets: string[]) =>
  f < states ? 1 : (SET_COST[wordSets[f - states]!] ?? 30);

/** The group whose features weigh least in all, the first of equals. */
function lightestGroup(groups: number[][], weight: (feature: number) => number): number[] {
  const total = (group: number[]) => group.reduce((sum, f) => sum + weight(f), 0);
  return groups.reduce((best, group) => (total(group) < total(best) ? group : best));
}

/** The group whose words appear least in news: its terms flag a block as worth a look (FLAG_TRIGGER). */
function cheapestGroup(groups: number[][], states: number, wordSets: string[]): number[] {
  return lightestGroup(groups, (f) => wordCost(f, states, wordSets));
}

/** How many entries use each feature in their names or rule groups. */
function entriesPerFeature(all: readonly EntryRules[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const rules of all) {
    const used = new Set([...rules.names, ...rules.rules.flatMap((rule) => rule.groups.flat())]);
    for (const f of used) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return counts;
}

/**
 * The group a rule is indexed under: the one whose terms the fewest entries share, weighted
 * by how common the words are. Any group would do (a rule fires only with every group
 * present, see candidates.ts); the cheapest by word cost alone was often a place ("Kentucky"),
 * and at 10,000 entries a sentence naming one touched the rules of some 200 entries, when the
 * bill number beside it names one. The flags stay with cheapestGroup, so which blocks are
 * looked at, and what is found, does not change.
 */
function leastSharedGroup(
  groups: number[][],
  sharedBy: ReadonlyMap<number, number>,
  states: number,
  wordSets: string[],
): number[] {
  return lightestGroup(groups, (f) => (sharedBy.get(f) ?? 1) * wordCost(f, states, wordSets));
}

/**
 * Adjacent items that involve no retirement money by their own KB text ("not pension
 * money", "no retirement or pension money"): a sentence must tie them to it to get a
 * claim. Adjacent items about retirement by nature (TrumpIRA, a 401(k) court case)
 * need no tie. The KB states it in the title or summary; this reads it there.
 */
export function needsRetirementTie(entry: Entry): boolean {
  if (entry.scope !== 'adjacent') return false;
  return /\b(?:not|no)\s+(?:a\s+)?(?:retirement\s+or\s+)?(?:pension|retirement)\b/i.test(
    `${entry.title} ${entry.summary}`,
  );
}

export function toMatcherEntry(entry: Entry): MatcherEntry {
  const matcherEntry: MatcherEntry = {
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    scope: entry.scope,
    timeline: entry.events.map((event) => [event.date, event.status]),
  };
  if (entry.outcome) {
    matcherEntry.outcome = entry.outcome.date
      ? { kind: entry.outcome.kind, date: entry.outcome.date }
      : { kind: entry.outcome.kind };
  }
  return matcherEntry;
}
