import type { EntryLists } from '../detect/matcher-entries';
import { wholeData } from '../detect/packed-tables';
import type { PageMatcher } from './matcher-port';

/**
 * A large prepared matcher travels as several port messages. Chromium turns each
 * message into objects in the page's renderer within one task: at 10,000 KB entries the
 * single 5.6 MB message was a 137 ms task (113 ms of CPU) before any of our code ran.
 * In parts, each message is its own task: the tables' base64 in string pieces, then the
 * entries' three lists (strings: cheap to receive; 321 KB at 10,000 entries).
 */
export const DATA_PIECE_CHARS = 512 * 1024;

/** What follows the first answer: a piece of the tables' base64, or the entries' lists. */
export type MatcherPart = { part: 'data'; text: string } | ({ part: 'entries' } & EntryLists);

/**
 * The matcher as a first message (the matcher without its tables' data and entries' lists
 * when it is large: the entries' count and titles' words stay in it) and the parts that
 * follow it, in order.
 */
export function splitPageMatcher(value: PageMatcher): { first: PageMatcher; rest: MatcherPart[] } {
  const { prepared } = value;
  const data = wholeData(prepared.tables);
  const { ids, titles, facts } = prepared.entries;
  if (data.length + ids.length + titles.length + facts.length <= DATA_PIECE_CHARS)
    return { first: value, rest: [] };
  const rest: MatcherPart[] = [];
  for (let at = 0; at < data.length; at += DATA_PIECE_CHARS)
    rest.push({ part: 'data', text: data.slice(at, at + DATA_PIECE_CHARS) });
  rest.push({ part: 'entries', ids, titles, facts });
  const first = {
    ...value,
    prepared: {
      ...prepared,
      tables: { ...prepared.tables, data: '' },
      entries: { ...prepared.entries, ids: '', titles: '', facts: '' },
    },
  };
  return { first, rest };
}

/** A check by hand, like isMatcherReply: a piece of text, or three lists (strings); the loaders check the rest. */
export function isMatcherPart(message: unknown): message is MatcherPart {
  if (typeof message !== 'object' || message === null || !('part' in message)) return false;
  if (message.part === 'data') return 'text' in message && typeof message.text === 'string';
  return (
    message.part === 'entries' &&
    'ids' in message &&
    'titles' in message &&
    'facts' in message &&
    typeof message.ids === 'string' &&
    typeof message.titles === 'string' &&
    typeof message.facts === 'string'
  );
}

/** Puts the first answer and its parts back together (parts arrive in order on a port). */
export function joinPageMatcher(first: PageMatcher, parts: readonly MatcherPart[]): PageMatcher {
  if (parts.length === 0) return first;
  const data: string[] = [];
  const { prepared } = first;
  let entries = prepared.entries;
  for (const part of parts) {
    if (part.part === 'data') data.push(part.text);
    else entries = { ...entries, ids: part.ids, titles: part.titles, facts: part.facts };
  }
  // The tables' pieces stay pieces: the loader decodes them one by one (packed-tables.ts).
  return { ...first, prepared: { ...prepared, tables: { ...prepared.tables, data }, entries } };
}
