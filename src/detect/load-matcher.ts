import type { Automaton } from './automaton';
import { decodeEntryRules, programNumbering, type EntryRules, type FeatureNumbering } from './entry-rules';
import { MATCHER_FORMAT_VERSION, type PreparedMatcher } from './matcher-format';
import { loadAutomaton, preparedNumbers, preparedTable } from './load-automaton';
import { EntryTable } from './entry-table';
import { TableReader } from './packed-tables';
import { installPhrases } from './phrase-book';
import { VarintReader } from './varint';

/** A loaded matcher: views over the prepared tables plus small lookups. Cheap to create. */
export interface Matcher {
  automaton: Automaton;
  /** Features below this are term states; from it on, word sets (see matcher-format.ts). */
  states: number;
  wordSets: readonly string[];
  /** Word-set features each term state belongs to. */
  setsOfState: ReadonlyMap<number, readonly number[]>;
  /** Trigger features, sorted, and beside each the entry it triggers. */
  triggerFeatures: Int32Array;
  triggerEntries: Uint16Array | Int32Array;
  programs: Uint8Array;
  programStart: Int32Array;
  /** How the programs write features (word sets first). */
  programNumbering: FeatureNumbering;
  entries: EntryTable;
  /** Bit per entry (see needsTie). */
  tieBits: Uint8Array;
  /** Decoded rules of entries seen so far (a page meets a handful). */
  rulesCache: Map<number, EntryRules>;
}

function assertMatcherFormat(prepared: PreparedMatcher): void {
  if (prepared?.format !== 'statusmark-matcher' || prepared.version !== MATCHER_FORMAT_VERSION) {
    throw new TypeError(
      `not a statusmark matcher of format version ${MATCHER_FORMAT_VERSION} (got ${String(prepared?.format)} v${String(prepared?.version)})`,
    );
  }
}

/** A reader of the prepared matcher's tables, after checking it is one this engine reads. */
export function preparedTableReader(prepared: PreparedMatcher): TableReader {
  assertMatcherFormat(prepared);
  return new TableReader(prepared.tables);
}

/**
 * Turns a prepared matcher (as received in a message) into a Matcher. No automaton is
 * built here. `reader` may be passed when the caller has read some tables already (the
 * content script reads the automaton's).
 */
export function loadMatcher(
  prepared: PreparedMatcher,
  reader: TableReader = preparedTableReader(prepared),
): Matcher {
  assertMatcherFormat(prepared);
  installPhrases(prepared.phrases);
  const tables = reader.tables();
  const automaton = loadAutomaton(prepared, tables);
  const members = preparedTable(tables, 'setMembers', Int32Array);
  const setsOfState = new Map<number, number[]>();
  for (let i = 0; i < members.length; i += 2) {
    const state = members[i]!;
    const list = setsOfState.get(state) ?? [];
    list.push(prepared.states + members[i + 1]!);
    setsOfState.set(state, list);
  }
  const programs = preparedTable(tables, 'programs', Uint8Array);
  const programStart = runningTotals(preparedNumbers(tables, 'programLengths'), 1);
  const entries = new EntryTable(prepared.entries);
  if (programStart.length !== entries.length + 1 || programStart[entries.length] !== programs.length) {
    throw new RangeError('prepared matcher: rule programs do not match its entries');
  }
  const tieBits = preparedTable(tables, 'tieBits', Uint8Array);
  if (tieBits.length !== Math.ceil(entries.length / 8))
    throw new RangeError('prepared matcher: its tie bits do not match its entries');
  const triggerEntries = preparedNumbers(tables, 'triggerEntries');
  const triggerFeatures = featuresFromSteps(
    preparedTable(tables, 'triggerFeatureSteps', Uint8Array),
    triggerEntries.length,
  );
  if (triggerFeatures === null) {
    throw new RangeError('prepared matcher: its trigger tables differ in length');
  }
  return {
    automaton,
    states: prepared.states,
    wordSets: prepared.wordSets,
    setsOfState,
    triggerFeatures,
    triggerEntries,
    programs,
    programStart,
    programNumbering: programNumbering(prepared.states, prepared.wordSets.length),
    entries,
    tieBits,
    rulesCache: new Map(),
  };
}

/** Whether entry `index` gets a claim only where the sentence ties it to retirement money. */
export function needsTie(matcher: Matcher, index: number): boolean {
  return ((matcher.tieBits[index >>> 3]! >>> (index & 7)) & 1) === 1;
}

/** The rules of entry `index`, decoded on first use. */
export function entryRules(matcher: Matcher, index: number): EntryRules {
  let rules = matcher.rulesCache.get(index);
  if (!rules) {
    rules = decodeEntryRules(matcher.programs, matcher.programStart[index]!, matcher.programNumbering);
    matcher.rulesCache.set(index, rules);
  }
  return rules;
}

/** Calls `visit(entry)` for every entry `feature` triggers. */
export function forEachTrigger(matcher: Matcher, feature: number, visit: (entry: number) => void): void {
  const features = matcher.triggerFeatures;
  let lo = 0;
  let hi = features.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (features[mid]! < feature) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < features.length && features[i] === feature; i++) {
    visit(matcher.triggerEntries[i]!);
  }
}

/**
 * Running totals of `steps` (the tables send steps: two bytes each where the totals would
 * need four), with `lead` zeros in front: [3, 4] -> [3, 7], or with one lead [0, 3, 7].
 */
function runningTotals(steps: Uint16Array | Int32Array, lead: 0 | 1): Int32Array {
  const totals = new Int32Array(steps.length + lead);
  let total = 0;
  for (let i = 0; i < steps.length; i++) totals[i + lead] = total += steps[i]!;
  return totals;
}

/** The sorted trigger features from their steps (varint bytes), or null unless exactly `count`. */
function featuresFromSteps(steps: Uint8Array, count: number): Int32Array | null {
  const features = new Int32Array(count);
  const reader = new VarintReader(steps);
  let total = 0;
  for (let i = 0; i < count; i++) features[i] = total += reader.next();
  return reader.at === steps.length ? features : null;
}

/** The id of a word set feature ("crypto" -> its feature number), or -1. */
export function wordSetFeature(matcher: Matcher, name: string): number {
  const index = matcher.wordSets.indexOf(name);
  return index < 0 ? -1 : matcher.states + index;
}
