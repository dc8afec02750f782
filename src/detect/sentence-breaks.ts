/**
 * Sentence boundaries by Unicode's rules (UAX #29, SB1-SB998), giving exactly the
 * boundaries Intl.Segmenter's sentence granularity gives, without ICU: ICU's iterator
 * and segment objects made it the content script's costliest step, and Firefox's
 * segmenter (ICU4X) may differ from Chromium's and Node's in corner cases, so the
 * page, Firefox and the CLI now split alike.
 *
 * Each code point's Sentence_Break class is worked out from Unicode properties the
 * first time it is seen, then read from a table: ASCII text never reaches a regex again.
 */

const OTHER = 1;
const CR = 2;
const LF = 3;
const SEP = 4;
const SP = 5;
const LOWER = 6;
const UPPER = 7;
const OLETTER = 8;
const NUMERIC = 9;
const ATERM = 10;
const STERM = 11;
const CLOSE = 12;
const SCONTINUE = 13;
const EXTEND = 14;
const FORMAT = 15;

/**
 * UAX #29's table of Sentence_Break values, in its order: an earlier row wins, so each
 * row can stay as short as the property it names. Line_Break = Numeric and Quotation
 * have no regex property; the digits and quotation marks they add or drop are listed.
 */
const CLASS_RULES: readonly [cls: number, pattern: RegExp][] = [
  [CR, /^\r$/u],
  [LF, /^\n$/u],
  [SEP, /^[\u0085\u2028\u2029]$/u],
  [EXTEND, /^[\p{Grapheme_Extend}\u200D\p{Mc}]$/u],
  [NUMERIC, /^[\p{Nd}\u066B\u066C\u0600-\u0605\u06DD\u0890\u0891\u08E2\u19DA\u{110BD}\u{110CD}]$/u],
  [FORMAT, /^\p{Cf}$/u], // but ZWNJ and ZWJ, caught as Extend above
  [SP, /^\p{White_Space}$/u],
  [OLETTER, /^[\u10D0-\u10FA\u10FD-\u10FF\u1C90-\u1CBA\u1CBD-\u1CBF]$/u],
  [LOWER, /^\p{Lowercase}$/u],
  [UPPER, /^[\p{Uppercase}\p{Lt}]$/u],
  [OLETTER, /^[\p{Alphabetic}\u05F3]$/u],
  [ATERM, /^[.\u2024\uFE52\uFF0E]$/u],
  [STERM, /^\p{Sentence_Terminal}$/u],
  [
    CLOSE,
    /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20\u2E21\u{1F676}-\u{1F678}]$/u,
  ],
  [
    SCONTINUE,
    /^[,\-:;\u037E\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE54\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]$/u,
  ],
];

/** The Sentence_Break class of a code point (1-15), worked out from its Unicode properties. */
export function classFromProperties(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  for (const [cls, pattern] of CLASS_RULES) if (pattern.test(char)) return cls;
  return OTHER;
}

/**
 * The classes of Latin-1 (U+0000-U+00FF) and General Punctuation (U+2000-U+206F), one
 * letter each ('A' is class 1), written out so that English text never compiles the
 * property regexes above: compiling them took a few milliseconds of a cold page load.
 * A test checks every letter against the regexes.
 */
const COMMON_CLASSES =
  'AAAAAAAAAECEEBAAAAAAAAAAAAAAAAAAEKLAAAALLLAAMMJAIIIIIIIIIIMMAAAK' +
  'AGGGGGGGGGGGGGGGGGGGGGGGGGGLALAAAFFFFFFFFFFFFFFFFFFFFFFFFFFLALAA' +
  'AAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAFLAOAAAAAAAFAAAAFLAAAA' +
  'GGGGGGGGGGGGGGGGGGGGGGGAGGGGGGGFFFFFFFFFFFFFFFFFFFFFFFFAFFFFFFFF' +
  'EEEEEEEEEEEONNOOAAAMMAAALLLLLLLLAAAAJAAADDOOOOOEAAAAAAAA' +
  'ALLAKKAAAAAAALLKKKAAAAAAAAAAAAAAAAAAAAAEOOOOOAOOOOOOOOOO';

function commonClass(codePoint: number): number {
  if (codePoint < 0x100) return COMMON_CLASSES.charCodeAt(codePoint) - 64;
  if (codePoint >= 0x2000 && codePoint < 0x2070) return COMMON_CLASSES.charCodeAt(codePoint - 0x1f00) - 64;
  return 0;
}

/** Classes of BMP code units as they are first seen; 0 = not seen yet. */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The Sentence_Break class of a code point (1-15), from the tables once it has been seen. */
export function sentenceBreakClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpClasses[codePoint] as number;
    if (known !== 0) return known;
    return (bmpClasses[codePoint] = commonClass(codePoint) || classFromProperties(codePoint));
  }
  let known = astralClasses.get(codePoint);
  if (known === undefined) astralClasses.set(codePoint, (known = classFromProperties(codePoint)));
  return known;
}

const isParaSep = (cls: number) => cls === CR || cls === LF || cls === SEP;

/** SB8's look-ahead: does a Lower come before any letter, terminator or paragraph end? */
function lowerFollows(text: string, from: number): boolean {
  for (let i = from; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    const cls = sentenceBreakClass(codePoint);
    if (cls === LOWER) return true;
    if (cls === OLETTER || cls === UPPER || cls === ATERM || cls === STERM || isParaSep(cls)) return false;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}

/** Where the text stands after a terminator: SATerm Close* (SB9) or SATerm Close* Sp+ (SB10). */
const NONE = 0;
const AFTER_TERM = 1;
const AFTER_SPACE = 2;

/**
 * The start index of every sentence of `text`, in order: [0, ...] for any non-empty text,
 * [] for "" (what `Intl.Segmenter('en', { granularity: 'sentence' })` gives as indexes).
 */
export function sentenceStarts(text: string): number[] {
  if (text.length === 0) return [];
  const starts = [0];
  let previous = 0; // class of the previous character, Extend and Format folded in (SB5); 0 at the start
  let phase = NONE;
  let aTerm = false; // the terminator of this phase is an ATerm
  let rightAfterATerm = false; // the previous character is that ATerm (SB6, SB7)
  let letterBeforeATerm = false; // an Upper or Lower came right before the terminator (SB7)
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const cls = sentenceBreakClass(codePoint);
    if ((cls === EXTEND || cls === FORMAT) && previous !== 0 && !isParaSep(previous)) {
      i += width; // SB5: a mark or format character belongs to the one before it
      continue;
    }
    if (previous === CR ? cls !== LF : previous === LF || previous === SEP) {
      starts.push(i); // SB3, SB4
    } else if (phase !== NONE) {
      const joins =
        (rightAfterATerm && (cls === NUMERIC || (cls === UPPER && letterBeforeATerm))) || // SB6, SB7
        cls === SCONTINUE || // SB8a
        cls === ATERM ||
        cls === STERM ||
        (cls === CLOSE && phase === AFTER_TERM) || // SB9
        cls === SP || // SB9, SB10
        isParaSep(cls) ||
        (aTerm && lowerFollows(text, i)); // SB8
      if (!joins) starts.push(i); // SB11
    }
    if (cls === ATERM || cls === STERM) {
      phase = AFTER_TERM;
      aTerm = cls === ATERM;
      rightAfterATerm = aTerm;
      letterBeforeATerm = previous === UPPER || previous === LOWER;
    } else {
      rightAfterATerm = false;
      if (cls === SP && phase !== NONE) phase = AFTER_SPACE;
      else if (cls !== CLOSE || phase !== AFTER_TERM) phase = NONE;
    }
    previous = cls;
    i += width;
  }
  return starts;
}
