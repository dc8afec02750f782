import type { MentionKind } from './context';
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

const ORDER: MentionKind[] = ['executive-order', 'other-order'];
const LEGISLATION: MentionKind[] = ['bill', 'law', 'other-bill'];
const RULE: MentionKind[] = ['proposed-rule', 'final-rule', 'other-rule'];
const GUIDANCE: MentionKind[] = ['agency-guidance', 'other-guidance'];
const CASE: MentionKind[] = ['court-case'];
const FUND: MentionKind[] = ['pension-fund-action'];
const PRODUCT: MentionKind[] = ['private-product'];
const TEXTS: MentionKind[] = [...ORDER, ...LEGISLATION, ...RULE, ...GUIDANCE];
/** "The move", "the announcement": whatever was just reported. */
export const ANY_ITEM: readonly MentionKind[] = [...TEXTS, ...CASE, ...FUND, ...PRODUCT].filter(
  (kind) => !kind.startsWith('other-'),
);

/** [nouns, kinds, generic]: one line per sense. Compounds before their last word ("pension fund" before "fund"). */
const TABLE: [nouns: string, kinds: readonly MentionKind[], generic: boolean][] = [
  ['executive order|order|signing', ORDER, false],
  ['bill|measure|legislation|act|amendment|veto', LEGISLATION, false],
  ['law|statute', ['law', 'bill', 'other-bill'], false],
  ['proposal', ['bill', 'law', 'proposed-rule', 'other-bill'], false],
  ['proposed rule|rule|regulation|rulemaking', RULE, false],
  ['safe harbor|safe harbour', RULE, true],
  ['release|guidance', GUIDANCE, false],
  ['statement|letter|warning|bulletin|advisory|opinion', GUIDANCE, true],
  ['lawsuit|suit|ruling|complaint|appeal', CASE, false],
  ['case|challenge|decision', CASE, true],
  ['version|draft|companion|twin', LEGISLATION, true],
  ['text|document|update', TEXTS, true],
  ['fund', [...FUND, 'other-fund'], true],
  [
    'pension fund|pension manager|pension plan|pension system|pension|plan|system|board|scheme|stake|allocation|investment|purchase|request|study|position|holdings|holding|bet|exposure',
    FUND,
    true,
  ],
  ['account|product|offering|option', PRODUCT, true],
  ['announcement|move|step', ANY_ITEM, true],
];

export const HEADS: readonly Head[] = TABLE.flatMap(([nouns, kinds, generic]) =>
  nouns.split('|').map((noun) => ({ words: noun.split(' '), kinds, generic, plural: false })),
).sort((a, b) => b.words.length - a.words.length);

/** The heads by their first word's first letter: a token is checked against a handful, not all. */
const HEADS_BY_LETTER = new Map<string, Head[]>();
for (const head of HEADS) {
  const letter = head.words[0]!.charAt(0);
  HEADS_BY_LETTER.set(letter, [...(HEADS_BY_LETTER.get(letter) ?? []), head]);
}

/** The head noun starting at token `h`, longest first, or null. "bills" is the plural of "bill". */
export function headAt(tokens: readonly Token[], h: number): Head | null {
  for (const head of HEADS_BY_LETTER.get(tokens[h]?.lower.charAt(0) ?? '') ?? []) {
    const n = head.words.length;
    if (h + n > tokens.length) continue;
    let matches = true;
    for (let k = 0; k < n - 1 && matches; k++) matches = tokens[h + k]!.lower === head.words[k];
    if (!matches) continue;
    const noun = head.words[n - 1]!;
    const last = tokens[h + n - 1]!.lower.replace(/'s?$/, '');
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

/** Modifiers that say nothing about which item is meant: "the new order", "the federal bill". */
export const NEUTRAL_MODIFIERS = new Set(
  (
    'new proposed executive draft final same state federal current full entire whole recent controversial ' +
    "much-debated so-called long-awaited two-page one-page four-page department's agency's president's " +
    "governor's fund's board's administration's state's city's white house's"
  ).split(' '),
);

const OLDER = new Set(['earlier', 'previous', 'prior', 'old', 'older', 'former', 'original', 'first']);
const NEWER = new Set(['new', 'newer', 'latest', 'replacement', 'revised', 'updated', 'amended']);

/** "the earlier guidance" means the older of two items; "the new release" the newer. */
export function ageOf(word: string): 'older' | 'newer' | null {
  return OLDER.has(word) ? 'older' : NEWER.has(word) ? 'newer' : null;
}

/** Words that cannot stand between a determiner and its noun: "that said the order" is no noun phrase. */
export const NOT_MODIFIERS = new Set(
  (
    'the a an this that these those its their his her our of to in on at by for from with as and or but ' +
    'is are was were be been being has have had do does did will would can could may might should must ' +
    'said says say told which who whom whose what when where why how not no it he she they we you i ' +
    'also only just still than then there here so if into over under about after before since'
  ).split(' '),
);
