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

/** Where ICU may end a sentence: after a character of UAX #29's STerm or ATerm classes. */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The sentences of `text` as trimmed spans, in order. Most blocks of a page (headings,
 * bylines, timestamps, captions, one-sentence paragraphs) are one sentence, and ICU is
 * slow to say so (a millisecond per few KB): when no terminator comes before the block's
 * last letter or digit, there is nowhere ICU could break but in the tail, and a tail
 * piece without letters joins the sentence before it anyway (see icuSentences).
 */
export function splitSentences(text: string): Span[] {
  const flat = text.replace(LINE_BREAKS, ' ');
  const terminator = TERMINATOR.exec(flat);
  if (terminator === null || !LETTER_OR_DIGIT.test(flat.slice(terminator.index))) {
    const start = flat.length - flat.trimStart().length;
    const end = flat.trimEnd().length;
    return end > start ? [[start, end]] : [];
  }
  return icuSentences(flat);
}

/** ICU's sentences with our fixes, for text whose line breaks are already spaces. */
export function icuSentences(flat: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
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
