import { ENTRY_KINDS, OUTCOME_KINDS } from '../kb/kb-values';
import type { EntryKind, Status } from '../kb/schema';
import {
  DATE_LENGTHS,
  dashed,
  digits,
  eventInYear,
  isDigit,
  packEvent,
  unpackEvent,
  type YearSpan,
} from './event-dates';
import { prefixCodedIds } from './id-prefixes';
import { titleEncoder, titleWordList } from './title-words';
import type { MatcherEntry } from './types';

/**
 * The matcher's entries as three lists, one item per entry, and the words their titles are
 * written with. At 10,000 KB entries, 10,000 small objects with nested arrays were a third
 * of the matcher message (1.8 MB of JSON, most of it keys and brackets) and the costliest
 * part to receive. Each list is one string, its items joined by single spaces (no item
 * holds one): 30,000 strings in JSON arrays still took Chromium 2-2.5 ms to parse, three
 * long strings a fraction of that. The engine splits a list when it first reads it, and
 * decodes an entry when it first meets it.
 *
 * An id is written against the one before it (id-prefixes.ts); a title is a code over
 * `words` (title-words.ts).
 *
 * An entry's facts: its kind's index (base 36), `r` or `a` (retirement or adjacent
 * scope), then each timeline event (event-dates.ts), then optionally `!`, the outcome
 * kind's index and its date's digits.
 */
export interface EntryLists {
  ids: string;
  titles: string;
  facts: string;
}

export interface PackedEntries extends EntryLists {
  /** How many entries: items in each list. */
  count: number;
  /** The titles' words, most used first, joined by spaces. */
  words: string;
}

const SEPARATOR = ' ';

/** Items joined into one list; refuses an item that is empty or holds the separator. */
function joinedList(items: readonly string[], what: string): string {
  const bad = items.findIndex((item) => item === '' || item.includes(SEPARATOR));
  if (bad >= 0) throw new RangeError(`cannot pack entry ${bad}: its ${what} is empty or holds a space`);
  return items.join(SEPARATOR);
}

/** A list's items, checked to be `count` of them. */
export function splitList(list: string, count: number, what: keyof EntryLists): string[] {
  const items = list === '' ? [] : list.split(SEPARATOR);
  if (items.length !== count)
    throw new TypeError(
      `prepared matcher: its entries' ${what} list has ${items.length} items, not ${count}`,
    );
  return items;
}

const SCOPE_LETTERS = { retirement: 'r', adjacent: 'a' } as const;

function packFacts(entry: MatcherEntry): string {
  const events = entry.timeline.map(([date, status]) => packEvent(date, status));
  const outcome = entry.outcome
    ? `!${OUTCOME_KINDS.indexOf(entry.outcome.kind)}${entry.outcome.date ? digits(entry.outcome.date) : ''}`
    : '';
  return `${ENTRY_KINDS.indexOf(entry.kind).toString(36)}${SCOPE_LETTERS[entry.scope]}${events.join('')}${outcome}`;
}

export function packEntries(entries: readonly MatcherEntry[]): PackedEntries {
  const words = titleWordList(entries.map((entry) => entry.title));
  const encode = titleEncoder(words);
  return {
    words,
    count: entries.length,
    ids: joinedList(prefixCodedIds(entries.map((entry) => entry.id)), 'id'),
    titles: joinedList(
      entries.map((entry) => encode(entry.title)),
      'title',
    ),
    facts: joinedList(entries.map(packFacts), 'facts'),
  };
}

const unreadable = (id: string) => new TypeError(`prepared matcher: entry "${id}" has unreadable facts`);

/** By hand, not by regular expression: 10,000 entries in a few milliseconds, in the page. */
export function unpackEntry(id: string, title: string, facts: string): MatcherEntry {
  const kind = kindInFacts(facts);
  const scope = facts.charAt(1);
  if (!kind || (scope !== 'r' && scope !== 'a')) throw unreadable(id);
  const timeline: [string, Status][] = [];
  let at = 2;
  while (at < facts.length && facts.charAt(at) !== '!') {
    const event = unpackEvent(facts, at);
    if (!event) throw unreadable(id);
    timeline.push([event.date, event.status]);
    at = event.next;
  }
  const entry: MatcherEntry = { id, title, kind, scope: scope === 'a' ? 'adjacent' : 'retirement', timeline };
  if (at < facts.length) {
    const outcome = OUTCOME_KINDS[facts.charCodeAt(at + 1) - 48];
    const date = facts.slice(at + 2);
    if (
      !outcome ||
      (date !== '' && !DATE_LENGTHS.has(date.length)) ||
      ![...date].every((c) => isDigit(c.charCodeAt(0)))
    )
      throw unreadable(id);
    entry.outcome = date ? { kind: outcome, date: dashed(date) } : { kind: outcome };
  }
  return entry;
}

/** The packed entries, checked to be a count and four strings. */
export function checkedEntries(packed: PackedEntries): PackedEntries {
  const { count, words, ids, titles, facts } = packed ?? {};
  if (typeof words !== 'string')
    throw new TypeError("prepared matcher: its entries' title words are missing");
  if (
    !Number.isSafeInteger(count) ||
    count < 0 ||
    typeof ids !== 'string' ||
    typeof titles !== 'string' ||
    typeof facts !== 'string'
  )
    throw new TypeError('prepared matcher: its entries are not a count and three lists');
  return { count, words, ids, titles, facts };
}

/** The entry's kind, read from its facts without decoding the rest. */
export function kindInFacts(facts: string): EntryKind | undefined {
  return ENTRY_KINDS[parseInt(facts.charAt(0), 36)];
}

/** Whether the entry's first event falls in the year, read from its facts without decoding them. */
export function firstEventInYear(facts: string, span: YearSpan): boolean {
  return eventInYear(facts, 2, span);
}
