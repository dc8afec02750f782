import type { MentionKind } from './context';
import { phrases } from './phrase-book';
import type { Token } from './sentence-tokens';

/** A head noun that can refer back to an item, and the kinds of item it can mean. */
export interface Head {
  words: readonly string[];
  kinds: readonly MentionKind[];
  /** Nouns any article uses for many things ("the fund", "the move"): they refer back only as a clause's subject. */
  generic: boolean;
  /** "bills", "measures": every item of the kind just named. */
  plural: boolean;
}

/** The head noun starting at token `h`, longest first, or null. "bills" is the plural of "bill". */
export function headAt(tokens: readonly Token[], h: number): Head | null {
  const token = tokens[h];
  if (!token || !mayOpenHead(token)) return null;
  // The heads (reference-words.ts) by their first letter: a token is checked against a handful.
  for (const head of phrases().HEADS_BY_LETTER.get(token.lower.charAt(0)) ?? []) {
    const n = head.words.length;
    if (h + n > tokens.length) continue;
    let matches = true;
    for (let k = 0; k < n - 1 && matches; k++) matches = tokens[h + k]!.lower === head.words[k];
    if (!matches) continue;
    const noun = head.words[n - 1]!;
    const last = withoutPossessive(tokens[h + n - 1]!.lower);
    if (last === noun) return head;
    if (
      last === `${noun}s` ||
      last === `${noun}es` ||
      (noun.endsWith('y') && last === `${noun.slice(0, -1)}ies`)
    )
      return { ...head, plural: true };
  }
  return null;
}

/** What the installed head table (loadMatcher may install another) tells about single words. */
interface HeadWords {
  /** Words a head can open with. */
  openers: Set<string>;
  /** Finds, in a sentence, any of those words or "it"/"its"/"it's" standing as a word of its own. */
  anywhere: RegExp;
}
const headWordsOf = new WeakMap<readonly Head[], HeadWords>();

function headWords(): HeadWords {
  const heads = phrases().HEADS;
  let known = headWordsOf.get(heads);
  if (!known) {
    const openers = headOpeners(heads);
    const words = [...openers, 'it', 'its', "it's"].map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['\u2019]")
        .replace(/k/g, '[k\u212a]'),
    );
    // Not /u: a case-insensitive Unicode regex is five times slower here. So the Kelvin sign, the one
    // character other than "K" that lowers to an ASCII letter, is spelled out, and a word is told
    // apart from letters around it that are ASCII only: any other letter lets it pass, never hides it.
    const anywhere = new RegExp(`(?<![A-Za-z0-9])(?:${words.join('|')})(?![A-Za-z0-9])`, 'i');
    headWordsOf.set(heads, (known = { openers, anywhere }));
  }
  return known;
}

/**
 * Whether any head could start at this token: the first word of a longer head, or a
 * one-word head in any form headAt accepts. Nearly every word of a sentence is none,
 * and this one lookup spares it the walk over its letter's heads.
 */
export function mayOpenHead(token: Token): boolean {
  const { openers } = headWords();
  return openers.has(token.lower) || openers.has(withoutPossessive(token.lower));
}

/**
 * Whether any word of the sentence may open a head or is "it", "its" or "it's": without
 * one, no phrase of it refers back by its words. One regex over the text, so that most
 * sentences (five in six on a live blog) need not be cut into words for it.
 */
export function mayHoldReference(sentence: string): boolean {
  return headWords().anywhere.test(sentence);
}

function headOpeners(heads: readonly Head[]): Set<string> {
  const words = new Set<string>();
  for (const {
    words: [first, ...rest],
  } of heads) {
    words.add(first!);
    if (rest.length > 0) continue;
    words.add(`${first}s`).add(`${first}es`);
    if (first!.endsWith('y')) words.add(`${first!.slice(0, -1)}ies`);
  }
  return words;
}

/** "bill's" -> "bill", "bills'" -> "bills" (as replace(/'s?$/, '') does, without a regex per call). */
function withoutPossessive(word: string): string {
  if (word.endsWith("'")) return word.slice(0, -1);
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** "the earlier guidance" means the older of two items; "the new release" the newer. */
export function ageOf(word: string): 'older' | 'newer' | null {
  const { OLDER, NEWER } = phrases();
  return OLDER.has(word) ? 'older' : NEWER.has(word) ? 'newer' : null;
}

/** Whether a phrase's kinds are "whatever was just reported" ("the move", "the announcement"). */
export function meansAnyItem(kinds: readonly MentionKind[]): boolean {
  const any = phrases().ANY_ITEM;
  return kinds.length === any.length && kinds.every((kind, i) => kind === any[i]);
}
