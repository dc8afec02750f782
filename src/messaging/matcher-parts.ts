import type { EntryLists } from '../detect/matcher-entries';
import type { PackedPhrases } from '../detect/phrase-book';
import { AUTOMATON_TABLES } from '../detect/load-automaton';
import { endOfTables, wholeData, type PackedTables } from '../detect/packed-tables';
import type { PageMatcher } from './matcher-port';

/** An e2e build's smaller pieces (STATUSMARK_MATCHER_PIECE_CHARS, see scripts/lib/matcher-build-config.ts). */
declare const __STATUSMARK_MATCHER_PIECE_CHARS__: number | null | undefined;

/**
 * A large prepared matcher travels as several port messages. Chromium turns each
 * message into objects in the page's renderer within one task: at 10,000 KB entries the
 * single 5.6 MB message was a 137 ms task (113 ms of CPU) before any of our code ran.
 * In parts, each message is its own task: the tables' base64 in string pieces, then the
 * entries' lists, titles' words and phrase tables (393 KB at 10,000 entries).
 *
 * And in two deliveries: every page needs the automaton's tables (stored first), to tell
 * whether its text holds a KB term at all; only a page that does needs the rule programs,
 * triggers and entries, which the detector reads. So a page gets the automaton's pieces at
 * once and asks for the rest when it loads the detector (most pages never do): at 10,000
 * entries, 0.9 of the 1.9 MB.
 *
 * A piece is 124 KB of base64: its message, and the string Chromium parses out of it, stay
 * under V8's 128 KB large-object size, and two fill one of its 256 KB young pages (likely
 * why this size is fast). The automaton's 830 KB at 10,000 entries parsed in 3.3-3.6 ms as
 * 512 KB pieces, in 0.9 ms as 124 KB ones (JSON.parse in fresh pages, two interleaved pairs
 * of bench runs). Of other sizes tried in a scratch harness (64 to 512 KB), 80 KB and 120-127
 * KB were as fast; 64 KB, 96-116 KB and 128 KB or more were as slow as 512 KB.
 */
export const DATA_PIECE_CHARS =
  typeof __STATUSMARK_MATCHER_PIECE_CHARS__ === 'number' ? __STATUSMARK_MATCHER_PIECE_CHARS__ : 124 * 1024;

/**
 * What only the detector reads besides the tables: the entries' lists, the titles' words and
 * the phrase tables. They come last, with a large matcher's rest: a page parses them only if
 * it holds a KB term (at 10,000 entries the words and phrases were 72 KB of the first
 * message, and their parse 0.4-0.7 ms of every page's load in Chromium).
 */
type EntriesPart = { part: 'entries'; words: string; phrases: PackedPhrases } & EntryLists;

/** What follows an answer: a piece of the tables' base64, or what only the detector reads. */
export type MatcherPart = { part: 'data'; text: string } | EntriesPart;

export interface MatcherDelivery {
  /** The matcher without its tables' data, entries' lists, titles' words and phrase tables when it is large (the entries' count stays in it). */
  first: PageMatcher;
  /** The parts every page gets after `first`: the pieces holding the automaton's tables. */
  now: MatcherPart[];
  /** The parts a page asks for when it loads the detector: the other tables' pieces, then what only the detector reads. */
  later: MatcherPart[];
}

/** How many base64 characters hold the automaton's tables (whole 4-character groups). */
export const automatonChars = (tables: PackedTables): number =>
  Math.ceil(endOfTables(tables, AUTOMATON_TABLES) / 3) * 4;

/**
 * Whether the matcher goes whole, as one message no longer than a piece: all of it counts,
 * the titles' words and the phrase tables (34 KB) too. Counting the tables and three lists
 * only, a KB of 310-500 entries went as one message of 128-164 KB, past the size the
 * pieces keep under. Written out only when its tables fit, so never for a large matcher;
 * the background cuts a matcher once, not for every page.
 */
function fitsOneMessage(value: PageMatcher, data: string, pieceChars: number): boolean {
  return data.length <= pieceChars && JSON.stringify(value).length <= pieceChars;
}

/**
 * The matcher as a first message and the parts that follow it now and later, in order.
 * `pieceChars` (a multiple of 4) is the most base64 one message carries.
 */
export function splitPageMatcher(value: PageMatcher, pieceChars = DATA_PIECE_CHARS): MatcherDelivery {
  const { prepared } = value;
  const data = wholeData(prepared.tables);
  if (fitsOneMessage(value, data, pieceChars)) return { first: value, now: [], later: [] };
  const { ids, titles, facts, words } = prepared.entries;
  const { phrases } = prepared;
  const pieces = (from: number, to: number): MatcherPart[] => {
    const parts: MatcherPart[] = [];
    for (let at = from; at < to; at += pieceChars)
      parts.push({ part: 'data', text: data.slice(at, Math.min(at + pieceChars, to)) });
    return parts;
  };
  const early = Math.min(automatonChars(prepared.tables), data.length);
  const first = {
    ...value,
    prepared: {
      ...prepared,
      tables: { ...prepared.tables, data: '' },
      entries: { ...prepared.entries, ids: '', titles: '', facts: '', words: '' },
      phrases: {},
    },
  };
  const rest: EntriesPart = { part: 'entries', ids, titles, facts, words, phrases };
  const later = [...pieces(early, data.length), rest];
  return { first, now: pieces(0, early), later };
}

/**
 * A check by hand, like isMatcherReply: a piece of text, or four lists (strings) and the
 * phrase tables (an object); the loaders check the rest.
 */
export function isMatcherPart(message: unknown): message is MatcherPart {
  if (typeof message !== 'object' || message === null || !('part' in message)) return false;
  if (message.part === 'data') return 'text' in message && typeof message.text === 'string';
  return (
    message.part === 'entries' &&
    'ids' in message &&
    'titles' in message &&
    'facts' in message &&
    'words' in message &&
    'phrases' in message &&
    typeof message.ids === 'string' &&
    typeof message.titles === 'string' &&
    typeof message.facts === 'string' &&
    typeof message.words === 'string' &&
    typeof message.phrases === 'object' &&
    message.phrases !== null &&
    !Array.isArray(message.phrases)
  );
}

/**
 * Adds parts to the matcher they follow (parts arrive in order on a port): the tables'
 * pieces after those it holds, the entries' lists in place of its empty ones.
 */
export function joinPageMatcher(first: PageMatcher, parts: readonly MatcherPart[]): PageMatcher {
  if (parts.length === 0) return first;
  const { prepared } = first;
  const held = prepared.tables.data;
  const data = typeof held === 'string' ? (held === '' ? [] : [held]) : [...held];
  let { entries, phrases } = prepared;
  for (const part of parts) {
    if (part.part === 'data') data.push(part.text);
    else {
      const { ids, titles, facts, words } = part;
      entries = { ...entries, ids, titles, facts, words };
      phrases = part.phrases;
    }
  }
  // The tables' pieces stay pieces: the loader decodes them one by one (packed-tables.ts).
  return { ...first, prepared: { ...prepared, tables: { ...prepared.tables, data }, entries, phrases } };
}
