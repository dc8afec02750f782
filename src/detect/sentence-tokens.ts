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

import { phrases } from './phrase-book';
import { nextWordStart, wordEnd } from './word-scan';

let last: { sentence: string; tokens: Token[] } | null = null;

/** The words of a sentence; the sentence just tokenized is kept, as several readers look at each. */
export function tokenize(sentence: string): readonly Token[] {
  if (last?.sentence === sentence) return last.tokens;
  const tokens = cutWords(sentence, Infinity);
  last = { sentence, tokens };
  return tokens;
}

/** The first `count` words of a sentence (all of them when it has fewer): for readers of its opening only. */
function leadingTokens(sentence: string, count: number): readonly Token[] {
  return last?.sentence === sentence ? last.tokens : cutWords(sentence, count);
}

function cutWords(sentence: string, count: number): Token[] {
  const tokens: Token[] = [];
  // A few words are lowered one by one; a whole sentence at once.
  const lower = count === Infinity ? lowerCase(sentence) : null;
  for (let start = nextWordStart(sentence, 0); start < sentence.length && tokens.length < count;) {
    const end = wordEnd(sentence, start);
    const text = sentence.slice(start, end);
    tokens.push({ text, lower: lower?.slice(start, end) ?? lowerWord(text), start, end });
    start = nextWordStart(sentence, end);
  }
  return tokens;
}

/** Lower case with straight apostrophes ("Fund\u2019s" -> "fund's"); most text has no curly one to replace. */
function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/**
 * The sentence in lower case with straight apostrophes, offset for offset, lowered once
 * rather than word by word; null when lowering a word alone may differ: "\u0130" grows
 * to two characters, and a capital sigma lowers by what surrounds it.
 */
function lowerCase(sentence: string): string | null {
  return sentence.includes('\u0130') || sentence.includes('\u03a3') ? null : lowerWord(sentence);
}

/** A noun phrase after at most this many lead-in words is its clause's subject. */
const SUBJECT_LEAD = 2;

/** Whether token `i` opens its clause's subject: at the start of the sentence or a clause, after lead-in words. */
export function opensClause(sentence: string, tokens: readonly Token[], i: number): boolean {
  const { CLAUSE_OPENERS, LEAD_IN, QUESTION_LEAD } = phrases();
  // "What is the safe harbor?", "Does the order require...?": a question asks about the phrase after its opening words.
  if (
    /\?\s*$/.test(sentence) &&
    i > 0 &&
    i <= 3 &&
    tokens.slice(0, i).every((t) => QUESTION_LEAD.has(t.lower))
  )
    return true;
  let words = 0;
  for (let j = i - 1; j >= 0; j--) {
    const gap = sentence.slice(tokens[j]!.end, tokens[j + 1]!.start);
    if (/[,;:()\u2014\u2013"\u201c\u201d]/.test(gap)) return true;
    if (CLAUSE_OPENERS.has(tokens[j]!.lower)) return true;
    if (!LEAD_IN.has(tokens[j]!.lower) || ++words > SUBJECT_LEAD) return false;
  }
  return true;
}

/** "five days after the order", "after it was signed": token `i` dates something else. */
export function pointInTime(sentence: string, tokens: readonly Token[], i: number): boolean {
  const { TIME_WORDS, TIME_PHRASES, FOLLOWING_AS_VERB } = phrases();
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const word = tokens[j]!.lower;
    // "according to people following the bill": someone keeping track of the item, not a date.
    if (word === 'following' && FOLLOWING_AS_VERB.test(tokens[j - 1]?.lower ?? '')) return false;
    if (TIME_WORDS.has(word)) return !stepStillToCome(sentence, tokens, j, i);
    if (/[,;:]/.test(sentence.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
  }
  return TIME_PHRASES.test(sentence.slice(0, tokens[i]!.start));
}

/**
 * "before the bill goes to the governor", "until the rule takes effect": a step still to
 * come for the item, told in a clause of its own; not a point in time that dates another act.
 */
function stepStillToCome(sentence: string, tokens: readonly Token[], timeWord: number, i: number): boolean {
  if (!/^(?:before|until)$/.test(tokens[timeWord]!.lower)) return false;
  for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
    const word = tokens[k]!;
    // "Three weeks before the order, regulators met": the clause ended with the phrase.
    if (/\S/.test(sentence.slice(tokens[k - 1]!.end, word.start))) return false;
    // A present-tense verb of its own ("goes", "takes"); not "was" or "has" ("until the order was signed").
    if (/^\p{Ll}+[^s's]s$/u.test(word.text) && !/^(?:was|has|does)$/.test(word.text)) return true;
  }
  return false;
}

/** Whether nearly every longer word is capitalised, as in a title-case headline ("What the 2022 Release Said"). */
export function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.85;
}

/** Words enough for the subject of a sentence: its determiners and two words after them. */
const OPENING_WORDS = 8;

/**
 * Whether the sentence's subject cannot be "it": plural ("Comments on the rule are due",
 * "Industry groups had...") or a person ("Gov. Stitt is expected to sign it").
 */
export function opensWithSubjectNotIt(sentence: string): boolean {
  const { DETERMINER, PERSON, PHRASE_END } = phrases();
  let tokens = leadingTokens(sentence, OPENING_WORDS);
  let i = afterDeterminers(tokens, DETERMINER);
  // A run of determiners longer than the opening (no prose has one): the whole sentence.
  if (tokens.length === OPENING_WORDS && i + 2 > OPENING_WORDS)
    i = afterDeterminers((tokens = tokenize(sentence)), DETERMINER);
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

function afterDeterminers(tokens: readonly Token[], determiner: RegExp): number {
  let i = 0;
  while (i < tokens.length && determiner.test(tokens[i]!.lower)) i++;
  return i;
}
