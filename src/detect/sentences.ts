/**
 * Sentence spans of a block: Unicode's sentence boundaries (UAX #29, the same ones
 * Intl.Segmenter gives; see sentence-breaks.ts), with the fixes news about policy needs.
 * The rules break after every "Sen.", "Gov.", "U.S.", "H.R.", "Jan." and initial when
 * a capital or a digit follows; we join those pieces back.
 */

import { phrases } from './phrase-book';
import { sentenceStarts } from './sentence-breaks';

/** A sentence's span in its block, [start, end), trimmed of surrounding space. */
export type Span = [start: number, end: number];

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

/** Where UAX #29 may end a sentence: after a character of its STerm or ATerm classes. */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The sentences of `text` as trimmed spans, in order. Most blocks of a page (headings,
 * bylines, timestamps, captions, one-sentence paragraphs) are one sentence, and one regex
 * says so without running the rules: when no terminator comes before the block's last
 * letter or digit, there is nowhere the rules could break but in the tail, and a tail
 * piece without letters joins the sentence before it anyway (see uaxSentences).
 */
export function splitSentences(text: string): Span[] {
  const flat = text.replace(LINE_BREAKS, ' ');
  const terminator = TERMINATOR.exec(flat);
  if (terminator === null || !LETTER_OR_DIGIT.test(flat.slice(terminator.index))) {
    const start = flat.length - flat.trimStart().length;
    const end = flat.trimEnd().length;
    return end > start ? [[start, end]] : [];
  }
  return uaxSentences(flat);
}

/** UAX #29's sentences with our fixes, for text whose line breaks are already spaces. */
export function uaxSentences(flat: string): Span[] {
  const starts = sentenceStarts(flat);
  const pieces: Span[] = [];
  for (let k = 0; k < starts.length; k++) {
    const index = starts[k] as number;
    const segment = flat.slice(index, starts[k + 1] ?? flat.length);
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
