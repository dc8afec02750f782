/**
 * Sentence spans of a block: Intl.Segmenter, with the fixes news about policy needs.
 * ICU breaks after every "Sen.", "Gov.", "U.S.", "H.R.", "Jan." and initial when
 * a capital or a digit follows; we join those pieces back.
 */

/** A sentence's span in its block, [start, end), trimmed of surrounding space. */
export type Span = [start: number, end: number];

let segmenter: Intl.Segmenter | null = null;

/** Titles before a name: never the end of a sentence. */
const TITLE =
  /(?:^|[\s([{"'\u201c\u2018])(?:Sens?|Reps?|Govs?|Lt|Gen|Mrs?|Ms|Drs?|Prof|Sr|Jr|St|Pres|Atty|Col|Capt|Sgt|Rev|Hon|Amb|Adm|Maj|Supt|Cmdr|Gens|Messrs|vs?|e\.g|i\.e|approx|cf|Dept)\.$/;
/** Abbreviations that a number follows: "Jan. 5", "Sept. 30", "No. 2022-01", "Pub. L. 117". */
const BEFORE_NUMBER =
  /(?:^|[\s([{"'\u201c\u2018])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Nos?|Art|Secs?|Ch|Vol|Para|pp?|Fig|Ref|Pub|L|Stat)\.$/;
/** Initials, postal-style state abbreviations and company suffixes: "U.S.", "H.R.", "Donald J.", "Ariz.", "Inc.". */
const INITIALS =
  /(?:^|[\s([{"'\u201c\u2018-])(?:(?:[A-Z]\.)*[A-Z]|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|Bros)\.$/;
/** Words that start a new sentence after "U.S." rather than continue a name ("U.S. Department"). */
const SENTENCE_STARTERS = new Set(
  (
    'The A An In On At It Its He She They We I You This That These Those There Here But And Or So Yet For If When ' +
    'While After Before As Since Although Though However Meanwhile Still Also Under According What Why How Who ' +
    'Some Many Most Other Such Both Each All No Not Their His Her Our Last Next Earlier Later Separately Now Then ' +
    'Officials Analysts Critics Supporters Investors Lawmakers'
  ).split(' '),
);

const LINE_BREAKS = /[\n\r\u2028\u2029\u0085\v\f]/g;

function joinsNext(before: string, next: string): boolean {
  if (TITLE.test(before)) return true;
  // "8:00 a.m. ET, Aug. 7": a time zone continues the time.
  if (/\b[ap]\.m\.$/i.test(before) && /^(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b/.test(next)) return true;
  const firstChar = next.charAt(0);
  const startsWithDigit = firstChar >= '0' && firstChar <= '9';
  if (BEFORE_NUMBER.test(before) && startsWithDigit) return true;
  if (!INITIALS.test(before)) return false;
  if (startsWithDigit || (firstChar >= 'a' && firstChar <= 'z')) return true;
  const firstWord = /^[\p{L}'\u2019]+/u.exec(next)?.[0] ?? '';
  return firstWord !== '' && !SENTENCE_STARTERS.has(firstWord);
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
