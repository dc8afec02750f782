import type { Automaton } from './automaton';
import { decodeEntryRules, type EntryRules } from './entry-rules';
import { MATCHER_FORMAT_VERSION, TRIGGER_SLOT_BITS, type PreparedMatcher } from './matcher-format';
import { unpackTables, type TypedTable } from './packed-tables';
import { installPhrases } from './phrase-book';
import type { MatcherEntry } from './types';

/** A loaded matcher: views over the prepared tables plus small lookups. Cheap to create. */
export interface Matcher {
  automaton: Automaton;
  /** Features below this are term states; from it on, word sets (see matcher-format.ts). */
  states: number;
  wordSets: readonly string[];
  /** Word-set features each term state belongs to. */
  setsOfState: ReadonlyMap<number, readonly number[]>;
  /** Trigger features, sorted, and beside each its entry * 32 + slot. */
  triggerFeatures: Uint16Array | Int32Array;
  triggerCodes: Int32Array;
  programs: Uint16Array | Int32Array;
  programStart: Int32Array;
  entries: readonly MatcherEntry[];
  /** 1 for entries that get a claim only where the sentence ties them to retirement money. */
  needsTie: Uint8Array;
  /** Decoded rules of entries seen so far (a page meets a handful). */
  rulesCache: Map<number, EntryRules>;
}

function table<T extends TypedTable>(tables: Record<string, TypedTable>, name: string, type: new () => T): T {
  const found = tables[name];
  if (!(found instanceof type))
    throw new TypeError(`prepared matcher: table "${name}" is missing or has the wrong type`);
  return found;
}

/** A table stored with two or four bytes a number, whichever its values needed. */
function numbers(tables: Record<string, TypedTable>, name: string): Uint16Array | Int32Array {
  const found = tables[name];
  return found instanceof Uint16Array ? found : table(tables, name, Int32Array);
}

/** Turns a prepared matcher (as received in a message) into a Matcher. No automaton is built here. */
export function loadMatcher(prepared: PreparedMatcher): Matcher {
  if (prepared?.format !== 'statusmark-matcher' || prepared.version !== MATCHER_FORMAT_VERSION) {
    throw new TypeError(
      `not a statusmark matcher of format version ${MATCHER_FORMAT_VERSION} (got ${String(prepared?.format)} v${String(prepared?.version)})`,
    );
  }
  const tables = unpackTables(prepared.tables);
  installPhrases(prepared.phrases);
  const label = numbers(tables, 'label');
  const fail = numbers(tables, 'fail');
  const vocab = table(tables, 'vocab', Int32Array);
  const automaton: Automaton = {
    vocab,
    vocabMask: vocab.length / 2 - 1,
    rootWords: prepared.rootWords,
    firstChild: numbers(tables, 'firstChild'),
    label,
    fail,
    depth: table(tables, 'depth', Uint8Array),
    flags: table(tables, 'flags', Uint8Array),
  };
  if (automaton.firstChild.length !== prepared.states + 1 || label.length !== prepared.states) {
    throw new RangeError('prepared matcher: automaton tables do not match its state count');
  }
  const members = table(tables, 'setMembers', Int32Array);
  const setsOfState = new Map<number, number[]>();
  for (let i = 0; i < members.length; i += 2) {
    const state = members[i]!;
    const list = setsOfState.get(state) ?? [];
    list.push(prepared.states + members[i + 1]!);
    setsOfState.set(state, list);
  }
  const programStart = table(tables, 'programStart', Int32Array);
  if (programStart.length !== prepared.entries.length + 1) {
    throw new RangeError('prepared matcher: rule programs do not match its entries');
  }
  return {
    automaton,
    states: prepared.states,
    wordSets: prepared.wordSets,
    setsOfState,
    triggerFeatures: numbers(tables, 'triggerFeatures'),
    triggerCodes: table(tables, 'triggerCodes', Int32Array),
    programs: numbers(tables, 'programs'),
    programStart,
    entries: prepared.entries,
    needsTie: table(tables, 'needsTie', Uint8Array),
    rulesCache: new Map(),
  };
}

/** The rules of entry `index`, decoded on first use. */
export function entryRules(matcher: Matcher, index: number): EntryRules {
  let rules = matcher.rulesCache.get(index);
  if (!rules) {
    rules = decodeEntryRules(matcher.programs, matcher.programStart[index]!);
    matcher.rulesCache.set(index, rules);
  }
  return rules;
}

/** Calls `visit(entry, slot)` for every trigger of `feature` (slot 0: a name; r + 1: rule r). */
export function forEachTrigger(
  matcher: Matcher,
  feature: number,
  visit: (entry: number, slot: number) => void,
): void {
  const features = matcher.triggerFeatures;
  let lo = 0;
  let hi = features.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (features[mid]! < feature) lo = mid + 1;
    else hi = mid;
  }
  const slotMask = (1 << TRIGGER_SLOT_BITS) - 1;
  for (let i = lo; i < features.length && features[i] === feature; i++) {
    const code = matcher.triggerCodes[i]!;
    visit(code >>> TRIGGER_SLOT_BITS, code & slotMask);
  }
}

/** The id of a word set feature ("crypto" -> its feature number), or -1. */
export function wordSetFeature(matcher: Matcher, name: string): number {
  const index = matcher.wordSets.indexOf(name);
  return index < 0 ? -1 : matcher.states + index;
}
