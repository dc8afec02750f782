/**
 * A sentence as words with offsets, and where a word stands in its clause: what
 * referring phrases need to tell a subject ("The fund bought...", "said the move
 * was...") from an object ("which oversees the fund") or a point in time ("after the order").
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}$%]+(?:[-'\u2019.&][\p{L}\p{N}]+)*(?:['\u2019]s?)?/gu;

let last: { sentence: string; tokens: Token[] } | null = null;

/** The words of a sentence; the sentence just tokenized is kept, as several readers look at each. */
export function tokenize(sentence: string): readonly Token[] {
  if (last?.sentence === sentence) return last.tokens;
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const text = match[0];
    const lower = text.toLowerCase().replace(/\u2019/g, "'");
    tokens.push({ text, lower, start: match.index, end: match.index + text.length });
  }
  last = { sentence, tokens };
  return tokens;
}

/** Words after which a new clause starts. */
const CLAUSE_OPENERS = new Set(
  'that said says say told because although though while whether but and so yet if when once unless whereas which who whom'.split(
    ' ',
  ),
);
/** Words that may come before a clause's subject: "Under the proposal,", "Now the bill...", "Last week the fund...". */
const LEAD_IN = new Set(
  (
    'under in for with also now on at by meanwhile still separately instead then even only just and but yet so ' +
    'however earlier later last this next week month year today yesterday thus since'
  ).split(' '),
);
/** A noun phrase after at most this many lead-in words is its clause's subject. */
const SUBJECT_LEAD = 2;

/** Whether token `i` opens its clause's subject: at the start of the sentence or a clause, after lead-in words. */
export function opensClause(sentence: string, tokens: readonly Token[], i: number): boolean {
  let words = 0;
  for (let j = i - 1; j >= 0; j--) {
    const gap = sentence.slice(tokens[j]!.end, tokens[j + 1]!.start);
    if (/[,;:()\u2014\u2013"\u201c\u201d]/.test(gap)) return true;
    if (CLAUSE_OPENERS.has(tokens[j]!.lower)) return true;
    if (!LEAD_IN.has(tokens[j]!.lower) || ++words > SUBJECT_LEAD) return false;
  }
  return true;
}

/** A noun phrase after one of these (three words at most) is a point in time, not what the sentence is about. */
const TIME_WORDS = new Set('after before since following until'.split(' '));
const TIME_PHRASES = /\b(?:ahead of|prior to|in the wake of)\s+$/i;

/** "five days after the order", "after it was signed": token `i` dates something else. */
export function pointInTime(sentence: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (TIME_WORDS.has(tokens[j]!.lower)) return true;
    if (/[,;:]/.test(sentence.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
  }
  return TIME_PHRASES.test(sentence.slice(0, tokens[i]!.start));
}

/** Whether nearly every longer word is capitalised, as in a title-case headline ("What the 2022 Release Said"). */
export function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.85;
}

/** Words that end a sentence's opening noun phrase: "Comments | on the rule", "Lawmakers | urged". */
const PHRASE_END = new Set(
  'on of in at by for to with from about over under is are was were be been has have had do does did will would can could may might should must said say says and or but that which who'.split(
    ' ',
  ),
);

const DETERMINER = /^(?:the|a|an|this|these|those|its|their|our|some|many|most|several|few|both|all)$/;

/** Titles and nouns for people: a sentence opening with one has a person for its subject. */
const PERSON =
  /^(?:he|she|i|gov|governor|sen|senator|rep|representative|president|mr|mrs|ms|dr|judge|justice|secretary|chair|chairman|chairwoman|commissioner|treasurer|mayor|spokesman|spokeswoman|spokesperson|official|lawyer|attorney|analyst|sponsor|lawmaker)\.?$/;

/**
 * Whether the sentence's subject cannot be "it": plural ("Comments on the rule are due",
 * "Industry groups had...") or a person ("Gov. Stitt is expected to sign it").
 */
export function opensWithSubjectNotIt(sentence: string): boolean {
  const tokens = tokenize(sentence);
  let i = 0;
  while (i < tokens.length && DETERMINER.test(tokens[i]!.lower)) i++;
  const first = tokens[i]?.lower ?? '';
  if (/^(?:they|we)$/.test(first) || PERSON.test(first)) return true;
  let head: Token | null = null;
  // The head is the last of at most two words before a function word or a past tense: "Industry groups had".
  for (let k = i; k < Math.min(tokens.length, i + 2); k++) {
    if (PHRASE_END.has(tokens[k]!.lower) || /ed$/.test(tokens[k]!.lower)) break;
    head = tokens[k]!;
  }
  return head !== null && /[^s']s$/.test(head.lower) && !/(?:ss|us|is)$/.test(head.lower);
}
