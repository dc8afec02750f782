/**
 * Character folding shared by the matcher's preparation (terms) and the page scan
 * (text): both must cut and fold words identically, so this is the one place that
 * decides what a word is. Every code unit folds to one of:
 * - a word character (lower-cased, accents dropped: "Qu\u00e9bec" -> "quebec");
 * - SEP: ends a word (spaces of every kind, NBSP, dashes, most punctuation);
 * - JOIN: kept inside a word only when a word character follows ("401(k)s", "don't",
 *   "department's"); the dot joins only single letters and digits ("U.S.", "H.R.", "5.9");
 * - SKIP: invisible (soft hyphen, zero-width space and joiners), ignored entirely.
 */

export const SEP = 0;
export const JOIN = 1;
export const SKIP = 2;
/** The folded code of '.', which joins only abbreviations and decimals (see below). */
export const DOT = 3;
/** Folded codes >= WORD are word characters (their lower-cased char code). */
export const WORD = 4;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x61 && c <= 0x7a) ASCII[c] = c;
  else if (c >= 0x41 && c <= 0x5a) ASCII[c] = c + 32;
  else if (c >= 0x30 && c <= 0x39) ASCII[c] = c;
  else if (c === 0x25)
    ASCII[c] = c; // "5%" is one word
  else if (c === 0x27 || c === 0x28 || c === 0x29 || c === 0x26)
    ASCII[c] = JOIN; // ' ( ) &
  else if (c === 0x2e) ASCII[c] = DOT;
  else ASCII[c] = SEP;
}

/** Latin-1 and Latin Extended-A/B letters fold to their ASCII base letter; built on first use. */
let latin: Uint16Array | null = null;
function latinTable(): Uint16Array {
  const table = new Uint16Array(0x250 - 0xc0);
  for (let c = 0xc0; c < 0x250; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    table[c - 0xc0] = base < 128 ? ASCII[base]! : /\p{L}/u.test(String.fromCharCode(c)) ? c : SEP;
  }
  table[0xd7 - 0xc0] = SEP; // multiplication sign
  table[0xf7 - 0xc0] = SEP; // division sign
  return table;
}

/** Folds one UTF-16 code unit (see the module comment for the classes). */
export function foldCode(c: number): number {
  if (c < 128) return ASCII[c]!;
  return foldNonAscii(c);
}

function foldNonAscii(c: number): number {
  if (c >= 0xc0 && c < 0x250) return (latin ??= latinTable())[c - 0xc0]!;
  switch (c) {
    case 0xad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return SKIP;
    case 0x2018: // curly and modifier apostrophes
    case 0x2019:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return JOIN;
    default:
      break;
  }
  if (c <= 0xbf) return SEP; // NBSP, guillemets, currency signs, section sign...
  if (c >= 0x2000 && c <= 0x206f) return SEP; // general punctuation: spaces, dashes, quotes
  if (c >= 0xd800 && c <= 0xdfff) return SEP; // emoji and other astral characters
  if (c === 0x3000 || c === 0x1680 || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d)
    return SEP;
  if (c >= 0x370 && c < 0x530) return String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return c;
}

/** Hash step, applied to each folded word character; two independent 32-bit hashes. */
export const HASH1_SEED = 0x811c9dc5 | 0;
export const HASH2_SEED = 0x3b9aca07 | 0;
export function step1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
export function step2(h: number, c: number): number {
  const x = Math.imul(h + c, 0x5bd1e995);
  return x ^ (x >>> 15);
}

const CHAR_S = 0x73;
const CHAR_E = 0x65;
const CHAR_I = 0x69;
const CHAR_Y = 0x79;

/**
 * The canonical form of a folded word: plurals and possessives reduced so that
 * "plans", "plan's" and "plan" are one word ("-ies" -> "-y", final "s" dropped
 * unless "-ss", words of three letters or fewer kept: "its", "was", "us").
 * A word ending in "es" whose canonical form is not known is also tried without
 * "es" at scan time ("taxes" -> "tax").
 */
export function canonicalWord(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== CHAR_S || word.charCodeAt(n - 2) === CHAR_S) return word;
  if (word.charCodeAt(n - 2) === CHAR_E && word.charCodeAt(n - 3) === CHAR_I) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/** The two hashes of a canonical word, as the scan computes them character by character. */
export function hashWord(word: string): [number, number] {
  let h1 = HASH1_SEED;
  let h2 = HASH2_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = step1(h1, c);
    h2 = step2(h2, c);
  }
  return [h1, h2];
}

export const FOLD_CHARS = { S: CHAR_S, E: CHAR_E, I: CHAR_I, Y: CHAR_Y } as const;

/** A word cut from a string: folded text (not yet canonical) and its span in the source. */
export interface FoldedWord {
  text: string;
  start: number;
  end: number;
}

/**
 * Cuts a string into folded words with the scan's rules. Used for terms at
 * preparation time and by tests; the page scan inlines the same loop for speed.
 */
export function foldWords(source: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  let current = '';
  let start = -1;
  let end = -1;
  let segment = 0; // characters since the word's start or its last joining dot
  let digitsOnly = true;
  const flush = () => {
    if (current) words.push({ text: current, start, end });
    current = '';
    start = -1;
    segment = 0;
    digitsOnly = true;
  };
  for (let i = 0; i < source.length; i++) {
    const f = foldCode(source.charCodeAt(i));
    if (f >= WORD) {
      if (!current) start = i;
      current += String.fromCharCode(f);
      end = i + 1;
      segment++;
      if (f < 0x30 || f > 0x39) digitsOnly = false;
    } else if (f === SKIP) {
      continue;
    } else if (current && (f === JOIN || f === DOT) && joins(f, source, i, segment, digitsOnly)) {
      if (f === DOT) segment = 0;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

/** Whether a JOIN or DOT at `i` stays inside the current word (the scan uses the same test). */
export function joins(f: number, source: string, i: number, segment: number, digitsOnly: boolean): boolean {
  const next = i + 1 < source.length ? foldCode(source.charCodeAt(i + 1)) : SEP;
  if (next < WORD) return false;
  if (f === JOIN) return true;
  // A dot joins "U.S." and "H.R." (one letter before it, a letter after) and "5.9" (digits around it).
  const nextIsDigit = next >= 0x30 && next <= 0x39;
  return nextIsDigit ? digitsOnly : segment === 1 && !digitsOnly;
}
