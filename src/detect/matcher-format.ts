import type { PackedEntries } from './matcher-entries';
import type { PackedPhrases } from './phrase-book';
import type { PackedTables } from './packed-tables';

/**
 * The prepared matcher: built once outside the page by prepareMatcher(), sent to
 * each page in one runtime message (JSON-safe: typed arrays travel as base64),
 * and turned into a Matcher by loadMatcher() without building anything.
 *
 * Features: a term that matched is feature `state` (the automaton state where its
 * words end, < states); a shared word set ("@crypto") is feature `states + i`
 * for the i-th name in `wordSets`.
 *
 * Tables (see prepare-matcher.ts for how they are written):
 * - automaton: the vocabulary (vocabStart, vocabCheck, vocabTag, vocabIds; see
 *   vocabulary.ts), childOffset, deepLabel, deepFail, flags (see automaton.ts and
 *   automaton-tables.ts), read as sent but for sums and copies;
 * - setMembers: [state, setIndex] pairs: which terms belong to which word set;
 * - triggers, sorted by feature, as two tables: triggerFeatureSteps (each feature as its
 *   step from the one before, in varint bytes) and triggerEntries: the feature is
 *   one of the entry's names or indexes one of its rules (see candidates.ts);
 * - programs / programLengths: each entry's rules as bytes, one after the other (program
 *   layout and feature numbering in entry-rules.ts);
 * - tieBits: a bit per entry, set when it gets a claim only where the sentence ties it to
 *   retirement money.
 *
 * Entries: the titles, ids and facts (kind, scope, timeline, outcome) the badges and the
 * detector read, as three lists, each one string of space-joined items; the ids written
 * against the id before, the titles as codes over one list of their words
 * (matcher-entries.ts, id-prefixes.ts, title-words.ts).
 *
 * Phrases: the engine's word lists and patterns (status cues, referring nouns, clause
 * words; see phrase-tables.ts), JSON-safe. They are the same for every KB; they travel
 * here so that the content script carries code, not words.
 */
export interface PreparedMatcher {
  format: 'statusmark-matcher';
  version: typeof MATCHER_FORMAT_VERSION;
  states: number;
  rootWords: number;
  wordSets: string[];
  tables: PackedTables;
  entries: PackedEntries;
  phrases: PackedPhrases;
}

export const MATCHER_FORMAT_VERSION = 15;

/** Word sets known to the engine only: nouns that refer back to an item ("The order also..."). */
export const ENGINE_WORD_SETS = {
  reference: [
    'order',
    'executive order',
    'bill',
    'measure',
    'legislation',
    'proposal',
    'act',
    'law',
    'statute',
    'rule',
    'regulation',
    'release',
    'guidance',
    'statement',
    'letter',
    'warning',
    'bulletin',
    'lawsuit',
    'suit',
    'case',
    'ruling',
    'fund',
    'pension',
    'system',
    'board',
    'scheme',
    'stake',
    'allocation',
    'investment',
    'holding',
    'account',
    'product',
    'request',
    'report',
    'study',
  ],
} as const;
