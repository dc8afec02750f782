import { phrases } from './phrase-book';
import type { Token } from './sentence-tokens';

export type PronounUse = 'opening' | 'inner' | null;

/**
 * How token `i` ("it", "its", "it's") refers: `opening` for the subject that opens the
 * sentence; `inner` for an "it" later in the sentence with no other singular noun
 * before it that it could mean; null for a dummy, a placeholder, or one that does not refer.
 */
export function pronounUse(sentence: string, tokens: readonly Token[], i: number): PronounUse {
  const { OPENING_PRONOUN, DUMMY_IT, EXPLETIVE_VERBS, PARTITIVES } = phrases();
  const token = tokens[i]!;
  const opening = OPENING_PRONOUN.exec(sentence);
  if (opening && token.end <= opening[0].length) {
    const it = sentence.slice(sentence.search(/\bit/i));
    return DUMMY_IT.test(it) ? null : 'opening';
  }
  if (token.lower !== 'it' || DUMMY_IT.test(sentence.slice(token.start))) return null;
  const before = tokens[i - 1]?.lower ?? '';
  if (EXPLETIVE_VERBS.has(before)) return null;
  if (before === 'of' && PARTITIVES.has(tokens[i - 2]?.lower ?? '')) return null;
  // An object "it" cannot mean its own clause's subject ("The department has not finalized it"),
  // only something named in an earlier clause; a subject "it" can mean any noun before it.
  const end = isObject(sentence, tokens, i) ? clauseStart(sentence, tokens, i) : i;
  return singularNounBefore(tokens, end) ? null : 'inner';
}

function isObject(sentence: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || /[,;:.!?)\u2014\u2013"\u201d]/.test(sentence.slice(tokens[i]!.end, next.start))) return true;
  return phrases().AFTER_OBJECT.has(next.lower);
}

/** The first token of the clause token `i` is in (after the last , ; : or dash before it). */
function clauseStart(sentence: string, tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--)
    if (/[,;:\u2014\u2013]/.test(sentence.slice(tokens[j]!.end, tokens[j + 1]!.start))) return j + 1;
  return 0;
}

/**
 * "The company did not say whether it would appeal": a singular noun phrase starting
 * before token `to` (a determiner and a noun not in the plural, or a name) is what "it"
 * most likely means.
 */
function singularNounBefore(tokens: readonly Token[], to: number): boolean {
  const { DETERMINERS, PERSONAL, NOT_MODIFIERS } = phrases();
  for (let j = 0; j < to; j++) {
    const token = tokens[j]!;
    const determiner = DETERMINERS.has(token.lower);
    const name = /^\p{Lu}/u.test(token.text) && !PERSONAL.has(token.lower) && !NOT_MODIFIERS.has(token.lower);
    if (!determiner && !name) continue;
    let head = determiner ? null : token;
    // "Supporters call it...": a plural word opening the sentence ends its phrase; the next is a verb.
    const closed = !determiner && j === 0 && !isSingular(token);
    let capitals = name ? 1 : 0;
    for (let k = j + 1; k < Math.min(to, j + 4) && !closed; k++) {
      const next = tokens[k]!;
      if (NOT_MODIFIERS.has(next.lower) || PERSONAL.has(next.lower)) break;
      if (!determiner && !/^\p{Lu}/u.test(next.text) && head !== null && k > j + 1) break;
      if (/^\p{Lu}/u.test(next.text)) capitals++;
      head = next;
    }
    // "Northwind Foods", "Fidelity Investments": a name is one thing, whatever its last word.
    const properName = capitals >= 2 || (name && j > 0 && head === token);
    if (head && (properName || isSingular(head))) return true;
  }
  return false;
}

function isSingular(token: Token): boolean {
  const word = token.lower;
  if (/'s$/.test(word)) return true;
  return !/[^s]s$/.test(word) || /(?:ss|us|is)$/.test(word);
}
