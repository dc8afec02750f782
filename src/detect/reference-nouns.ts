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

/** Words a head can open with, per installed head table (loadMatcher may install another). */
const openers = new WeakMap<readonly Head[], Set<string>>();

/**
 * Whether any head could start at this token: the first word of a longer head, or a
 * one-word head in any form headAt accepts. Nearly every word of a sentence is none,
 * and this one lookup spares it the walk over its letter's heads.
 */
export function mayOpenHead(token: Token): boolean {
  const heads = phrases().HEADS;
  let words = openers.get(heads);
  if (!words) openers.set(heads, (words = headOpeners(heads)));
  return words.has(token.lower) || words.has(withoutPossessive(token.lower));
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
