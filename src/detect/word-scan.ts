/**
 * The words of a sentence, cut by hand rather than by a Unicode-property RegExp: the
 * detector cuts every sentence it weighs (thousands on a live blog) and the regex's
 * match objects and iterator cost more than the cutting. The words are exactly those of
 *
 *   /[\p{L}\p{N}$%]+(?:[-'\u2019.&][\p{L}\p{N}]+)*(?:['\u2019]s?)?/gu
 *
 * ("401(k)" is "401" and "k", "Gov.'s" is "Gov.'s", "it's" one word); tests hold the two
 * to the same spans on random text.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Answers for code points above ASCII, which news text repeats (curly quotes, dashes, accents). */
const wideAnswers = new Map<number, boolean>();

function letterOrNumber(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  let answer = wideAnswers.get(cp);
  if (answer === undefined) wideAnswers.set(cp, (answer = LETTER_OR_NUMBER.test(String.fromCodePoint(cp))));
  return answer;
}

/** A word's first run: letters, digits, "$" and "%". */
function opensWord(cp: number): boolean {
  return cp === 0x24 || cp === 0x25 || letterOrNumber(cp);
}

/** What joins two runs of one word: "-", "'", "\u2019", ".", "&" ("co-op", "U.S", "AT&T"). */
function joiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The end of the run of code points from `at` that `inRun` accepts. */
function runEnd(text: string, at: number, inRun: (cp: number) => boolean): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!inRun(cp)) break;
    i += width(cp);
  }
  return i;
}

/** Where the next word at or after `from` starts, or the text's length when none does. */
export function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (opensWord(cp)) break;
    i += width(cp);
  }
  return i;
}

/** Where the word starting at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let i = runEnd(text, start, opensWord);
  // Joined runs: a joiner counts only with a letter or digit right after it.
  while (i + 1 < text.length && joiner(text.charCodeAt(i)) && letterOrNumber(text.codePointAt(i + 1)!))
    i = runEnd(text, i + 1, letterOrNumber);
  // A closing apostrophe, and the possessive "s" after it: "bills'", "Fund's".
  // Read only inside the text: an index past the end (NaN) costs optimised code its bailout.
  if (i >= text.length) return i;
  const code = text.charCodeAt(i);
  if (code === 0x27 || code === 0x2019) i += i + 1 < text.length && text.charCodeAt(i + 1) === 0x73 ? 2 : 1;
  return i;
}
