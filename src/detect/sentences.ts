/**
 * Sentence spans of a block: Intl.Segmenter, with the fixes news about policy needs.
 * ICU breaks after every "Sen.", "Gov.", "U.S.", "H.R.", "Jan." and initial when
 * a capital or a digit follows; we join those pieces back.
 */

import { phrases } from './phrase-book';

/** A sentence's span in its block, [start, end), trimmed of surrounding space. */
export type Span = [start: number, end: number];

let segmenter: Intl.Segmenter | null = null;

const LINE_BREAKS = /[\n\r\u2028\u2029\u0085\v\f]/g;

function joinsNext(before: string, next: string): boolean {
  if (phrases().TITLE.test(before)) return true;
  // "8:00 a.m. ET, Aug. 7": a time zone continues the time.
  if (/\b[ap]\.m\.$/i.test(before) && /^(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b/.test(next)) return true;
  const firstChar = next.charAt(0);
  const startsWithDigit = firstChar >= '0' && firstChar <= '9';
  if (phrases().BEFORE_NUMBER.test(before) && startsWithDigit) return true;
  if (!phrases().INITIALS.test(before)) return false;
  if (startsWithDigit || (firstChar >= 'a' && firstChar <= 'z')) return true;
  const firstWord = /^[\p{L}'\u2019]+/u.exec(next)?.[0] ?? '';
  return firstWord !== '' && !phrases().SENTENCE_STARTERS.has(firstWord);
}

/** The sentences of `text` as trimmed spans, in order. */
export function splitSentences(text: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  // Line breaks in DOM text are plain spaces to a reader, but ICU breaks sentences at them.
  const flat = text.replace(LINE_BREAKS, ' ');
  const pieces: Span[] = [];
  for (const { index, segment } of segmenter.segment(flat)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end <= start) continue;
    const previous = pieces[pieces.length - 1];
    const piece = flat.slice(start, end);
    if (
      previous &&
      (!/[\p{L}\p{N}]/u.test(piece) || joinsNext(flat.slice(previous[0], previous[1]), piece))
    ) {
      previous[1] = end;
    } else {
      pieces.push([start, end]);
    }
  }
  return pieces;
}
