import { ENTRY_KINDS, OUTCOME_KINDS, STATUSES } from '../kb/kb-values';
import type { EntryKind, Status } from '../kb/schema';
import { titleEncoder, titleWordList } from './title-words';
import type { MatcherEntry } from './types';

/**
 * The matcher's entries as three lists of strings, one item per entry, and the words their
 * titles are written with. At 10,000 KB entries, 10,000 small objects with nested arrays
 * were a third of the matcher message (1.8 MB of JSON, most of it keys and brackets) and
 * the costliest part to receive; strings travel and deserialise cheaply, and the page
 * decodes an entry when it first meets it.
 *
 * A title is a code over `words` (title-words.ts).
 *
 * An entry's facts: its kind's index (base 36), `r` or `a` (retirement or adjacent
 * scope), then each timeline event as its date's digits and a status letter
 * ("20250807o"), then optionally `!`, the outcome kind's index and its date's digits.
 */
export interface EntryLists {
  ids: string[];
  titles: string[];
  facts: string[];
}

export interface PackedEntries extends EntryLists {
  /** The titles' words, most used first, joined by spaces. */
  words: string;
}

const STATUS_LETTERS = 'prox';
const SCOPE_LETTERS = { retirement: 'r', adjacent: 'a' } as const;

const digits = (date: string) => date.replaceAll('-', '');

/** YYYYMMDD, YYYYMM or YYYY back to the KB's dashed form. */
function dashed(date: string): string {
  if (date.length === 4) return date;
  if (date.length === 6) return `${date.slice(0, 4)}-${date.slice(4)}`;
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
}

function packFacts(entry: MatcherEntry): string {
  const events = entry.timeline.map(
    ([date, status]) => digits(date) + STATUS_LETTERS[STATUSES.indexOf(status)]!,
  );
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
    ids: entries.map((entry) => entry.id),
    titles: entries.map((entry) => encode(entry.title)),
    facts: entries.map(packFacts),
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
    let end = at;
    while (isDigit(facts.charCodeAt(end))) end++;
    const status = STATUSES[STATUS_LETTERS.indexOf(facts.charAt(end))];
    if (!DATE_LENGTHS.has(end - at) || !status) throw unreadable(id);
    timeline.push([dashed(facts.slice(at, end)), status]);
    at = end + 1;
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

/** Whether a value that came in a message is a list of strings. */
export function isStringList(list: unknown): list is string[] {
  return Array.isArray(list) && list.every((item) => typeof item === 'string');
}

/** The packed entries, checked to be three lists of strings of the same length and their words. */
export function checkedEntries(packed: PackedEntries): PackedEntries {
  const { words, ids, titles, facts } = packed ?? {};
  if (typeof words !== 'string')
    throw new TypeError("prepared matcher: its entries' title words are missing");
  if (
    !isStringList(ids) ||
    !isStringList(titles) ||
    !isStringList(facts) ||
    ids.length !== titles.length ||
    ids.length !== facts.length
  )
    throw new TypeError('prepared matcher: its entries are not three lists of strings of one length');
  return { words, ids, titles, facts };
}

/** The entry's kind, read from its facts without decoding the rest. */
export function kindInFacts(facts: string): EntryKind | undefined {
  return ENTRY_KINDS[parseInt(facts.charAt(0), 36)];
}

/** Whether the entry's first event falls in `year` (YYYY), read from its facts. */
export function firstEventInYear(facts: string, year: string): boolean {
  return facts.startsWith(year, 2);
}
