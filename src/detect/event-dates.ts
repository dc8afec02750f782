import { STATUSES } from '../kb/kb-values';
import type { Status } from '../kb/schema';

/**
 * A timeline event's date and status as an entry's facts write them (matcher-entries.ts),
 * in one of three ways, by its date:
 * - a day from 1970 to 2097: its status letter (p r o x) and the days since 1970-01-01
 *   in three base-36 digits ("ofo3" for 2025-08-07 official);
 * - a month from 1970 to 2077: its status letter in capitals and the months since
 *   1970-01 in two ("Pig" for 2025-05 proposed);
 * - any other date, and a year: its digits, then the status letter ("2019p").
 * Four characters instead of nine for most events: 75 KB less at 10,000 entries.
 */
const STATUS_LETTERS = 'prox';
const MONTH_LETTERS = 'PROX';
const DAY_MS = 86_400_000;
const DAY_DIGITS = 3;
const MONTH_DIGITS = 2;

export const digits = (date: string) => date.replaceAll('-', '');

/** The number `text` writes in base 36 (0-9, a-z), or -1 if it holds anything else. */
function base36(text: string): number {
  return /^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : -1;
}

/** An event as the facts write it (see matcher-entries.ts). */
export function packEvent(date: string, status: Status): string {
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
export function unpackEvent(
  facts: string,
  at: number,
): { date: string; status: Status; next: number } | null {
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
export function dashed(date: string): string {
  if (date.length === 4) return date;
  if (date.length === 6) return `${date.slice(0, 4)}-${date.slice(4)}`;
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
}

export const isDigit = (code: number) => code >= 48 && code <= 57;
export const DATE_LENGTHS = new Set([4, 6, 8]);

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

/** Whether the event written at `at` falls in the year, without decoding its date. */
export function eventInYear(facts: string, at: number, span: YearSpan): boolean {
  const letter = facts.charAt(at);
  if (letter !== '' && STATUS_LETTERS.includes(letter))
    return within(parseInt(facts.slice(at + 1, at + 1 + DAY_DIGITS), 36), span.days);
  if (letter !== '' && MONTH_LETTERS.includes(letter))
    return within(parseInt(facts.slice(at + 1, at + 1 + MONTH_DIGITS), 36), span.months);
  return facts.startsWith(span.year, at);
}

const within = (count: number, [from, to]: [number, number]) => count >= from && count < to;
