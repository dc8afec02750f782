import { isStringList, type EntryLists, type PackedEntries } from '../detect/matcher-entries';
import { wholeData } from '../detect/packed-tables';
import type { PageMatcher } from './matcher-port';

/**
 * A large prepared matcher travels as several port messages. Chromium turns each
 * message into objects in the page's renderer within one task: at 10,000 KB entries the
 * single 5.6 MB message was a 137 ms task (113 ms of CPU) before any of our code ran.
 * In parts, each message is its own task: the tables' base64 in string pieces and the
 * entries' lists of strings in groups (both cheap to receive).
 */
export const DATA_PIECE_CHARS = 512 * 1024;
export const ENTRIES_PER_PART = 2_500;

/** What follows the first answer: a piece of the tables' base64, or a group of entries. */
export type MatcherPart = { part: 'data'; text: string } | ({ part: 'entries' } & EntryLists);

/**
 * The matcher as a first message (the matcher without its tables' data and entries when
 * they are large: the titles' words stay in it) and the parts that follow it, in order.
 */
export function splitPageMatcher(value: PageMatcher): { first: PageMatcher; rest: MatcherPart[] } {
  const { prepared } = value;
  const data = wholeData(prepared.tables);
  const { words, ids, titles, facts } = prepared.entries;
  if (data.length <= DATA_PIECE_CHARS && ids.length <= ENTRIES_PER_PART) return { first: value, rest: [] };
  const rest: MatcherPart[] = [];
  for (let at = 0; at < data.length; at += DATA_PIECE_CHARS)
    rest.push({ part: 'data', text: data.slice(at, at + DATA_PIECE_CHARS) });
  for (let at = 0; at < ids.length; at += ENTRIES_PER_PART) {
    const group = (list: string[]) => list.slice(at, at + ENTRIES_PER_PART);
    rest.push({ part: 'entries', ids: group(ids), titles: group(titles), facts: group(facts) });
  }
  const first = {
    ...value,
    prepared: {
      ...prepared,
      tables: { ...prepared.tables, data: '' },
      entries: { words, ids: [], titles: [], facts: [] },
    },
  };
  return { first, rest };
}

/**
 * Whether a message has a part's shape: a piece of text, or three lists. Checked as each
 * part arrives; the lists' items are checked by isMatcherPart once all have come, so the
 * benchmark counts that work as loading the matcher (it times from the last message).
 */
export function hasMatcherPartShape(message: unknown): message is MatcherPart {
  if (typeof message !== 'object' || message === null || !('part' in message)) return false;
  if (message.part === 'data') return 'text' in message && typeof message.text === 'string';
  return (
    message.part === 'entries' &&
    'ids' in message &&
    'titles' in message &&
    'facts' in message &&
    Array.isArray(message.ids) &&
    Array.isArray(message.titles) &&
    Array.isArray(message.facts)
  );
}

/** A check by hand, like isMatcherReply: the matcher's loader checks the tables. */
export function isMatcherPart(message: unknown): message is MatcherPart {
  return (
    hasMatcherPartShape(message) &&
    (message.part === 'data' ||
      (isStringList(message.ids) && isStringList(message.titles) && isStringList(message.facts)))
  );
}

/** Puts the first answer and its parts back together (parts arrive in order on a port). */
export function joinPageMatcher(first: PageMatcher, parts: readonly MatcherPart[]): PageMatcher {
  if (parts.length === 0) return first;
  const data: string[] = [];
  const { prepared } = first;
  const entries: PackedEntries = { words: prepared.entries.words, ids: [], titles: [], facts: [] };
  for (const part of parts) {
    if (part.part === 'data') data.push(part.text);
    else {
      entries.ids.push(...part.ids);
      entries.titles.push(...part.titles);
      entries.facts.push(...part.facts);
    }
  }
  // The tables' pieces stay pieces: the loader decodes them one by one (packed-tables.ts).
  return { ...first, prepared: { ...prepared, tables: { ...prepared.tables, data }, entries } };
}
