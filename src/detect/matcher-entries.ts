import { ENTRY_KINDS, OUTCOME_KINDS, STATUSES } from '../kb/kb-values';
import type { EntryKind, Status } from '../kb/schema';
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
 * scope), then each timeline event, then optionally `!`, the outcome kind's index and its
 * date's digits. An event is written in one of three ways, by its date:
 * - a day from 1970 to 2097: its status letter (p r o x) and the days since 1970-01-01
 *   in three base-36 digits ("ofo3" for 2025-08-07 official);
 * - a month from 1970 to 2077: its status letter in capitals and the months since
 *   1970-01 in two ("Pig" for 2025-05 proposed);
 * - any other date, and a year: its digits, then the status letter ("2019p").
 * Four characters instead of nine for most events: 75 KB less at 10,000 entries.
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

const STATUS_LETTERS = 'prox';
const MONTH_LETTERS = 'PROX';
const SCOPE_LETTERS = { retirement: 'r', adjacent: 'a' } as const;
const DAY_MS = 86_400_000;
const DAY_DIGITS = 3;
const MONTH_DIGITS = 2;

const digits = (date: string) => date.replaceAll('-', '');

/** The number `text` writes in base 36 (0-9, a-z), or -1 if it holds anything else. */
function base36(text: string): number {
  return /^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : -1;
}

function packEvent(date: string, status: Status): string {
  const index = STATUSES.indexOf(status);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (date.length === 10) {
    const days = Date.UTC(year, month - 1, Number(date.slice(8))) / DAY_MS;
    if (days >= 0 && days < 36 ** DAY_DIGITS)
      return STATUS_LETTERS[index]! + days.toString(36).padStart(DAY_DIGITS, '0');
  } else if (date.length === 7) {
    const months = (year - 1970) * 12 + month - 1;
    if (months >= 0 && months < 36 ** MONTH_DIGITS)
      return MONTH_LETTERS[index]! + months.toString(36).padStart(MONTH_DIGITS, '0');
  }
  return digits(date) + STATUS_LETTERS[index]!;
}

/** The event at `at` in `facts`: its date, status and where the next one starts; null if unreadable. */
function unpackEvent(facts: string, at: number): { date: string; status: Status; next: number } | null {
  const letter = facts.charAt(at);
  const day = STATUS_LETTERS.indexOf(letter);
  if (day >= 0 && letter !== '') {
    const days = base36(facts.slice(at + 1, at + 1 + DAY_DIGITS));
    if (days < 0 || facts.length < at + 1 + DAY_DIGITS) return null;
    const date = new Date(days * DAY_MS).toISOString().slice(0, 10);
    return { date, status: STATUSES[day]!, next: at + 1 + DAY_DIGITS };
  }
  const month = MONTH_LETTERS.indexOf(letter);
  if (month >= 0 && letter !== '') {
    const months = base36(facts.slice(at + 1, at + 1 + MONTH_DIGITS));
    if (months < 0 || facts.length < at + 1 + MONTH_DIGITS) return null;
    const date = `${1970 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    return { date, status: STATUSES[month]!, next: at + 1 + MONTH_DIGITS };
  }
  let end = at;
  while (isDigit(facts.charCodeAt(end))) end++;
  const status = STATUSES[STATUS_LETTERS.indexOf(facts.charAt(end))];
  if (!DATE_LENGTHS.has(end - at) || !status) return null;
  return { date: dashed(facts.slice(at, end)), status, next: end + 1 };
}

/** YYYYMMDD, YYYYMM or YYYY back to the KB's dashed form. */
function dashed(date: string): string {
  if (date.length === 4) return date;
  if (date.length === 6) return `${date.slice(0, 4)}-${date.slice(4)}`;
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
}

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

const isDigit = (code: number) => code >= 48 && code <= 57;
const DATE_LENGTHS = new Set([4, 6, 8]);

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

/** A year as the first event's date is compared with it: its days and months since 1970. */
export interface YearSpan {
  year: string;
  days: [number, number];
  months: [number, number];
}

export function yearSpan(year: string): YearSpan {
  const y = Number(year);
  const months = (y - 1970) * 12;
  return {
    year,
    days: [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y + 1, 0, 1) / DAY_MS],
    months: [months, months + 12],
  };
}

/** Whether the entry's first event falls in the year, read from its facts without decoding them. */
export function firstEventInYear(facts: string, span: YearSpan): boolean {
  const letter = facts.charAt(2);
  if (letter !== '' && STATUS_LETTERS.includes(letter))
    return within(parseInt(facts.slice(3, 3 + DAY_DIGITS), 36), span.days);
  if (letter !== '' && MONTH_LETTERS.includes(letter))
    return within(parseInt(facts.slice(3, 3 + MONTH_DIGITS), 36), span.months);
  return facts.startsWith(span.year, 2);
}

const within = (count: number, [from, to]: [number, number]) => count >= from && count < to;
