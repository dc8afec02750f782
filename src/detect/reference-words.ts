import type { MentionKind } from './context';
import type { Head } from './reference-nouns';

/**
 * The words of phrases that refer back ("the order", "both bills", "a Senate version")
 * and what keeps them from claiming. Data, not code: they travel in the prepared
 * matcher (see phrase-tables.ts); reference-nouns.ts, referring-phrases.ts and
 * reference-guards.ts read them in the page.
 */

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
  ['executive order|order|directive|signing', ORDER, false],
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
    'pension fund|pension manager|pension plan|pension system|pension|plan|system|board|scheme|stake|allocation|investment|purchase|request|study|position|holdings|holding|bet|exposure|write-off|write-down|writedown',
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
export const HEADS_BY_LETTER = new Map<string, Head[]>();
for (const head of HEADS) {
  const letter = head.words[0]!.charAt(0);
  HEADS_BY_LETTER.set(letter, [...(HEADS_BY_LETTER.get(letter) ?? []), head]);
}

/** Modifiers that say nothing about which item is meant: "the new order", "the federal bill". */
export const NEUTRAL_MODIFIERS = new Set(
  (
    'new proposed executive draft final same state federal current full entire whole recent controversial ' +
    'expected planned anticipated pending forthcoming upcoming coming looming rumored rumoured promised ' +
    "much-debated so-called long-awaited two-page one-page four-page department's agency's president's " +
    "governor's fund's board's administration's state's city's white house's"
  ).split(' '),
);

export const OLDER = new Set(['earlier', 'previous', 'prior', 'old', 'older', 'former', 'original', 'first']);
export const NEWER = new Set(['new', 'newer', 'latest', 'replacement', 'revised', 'updated', 'amended']);

/** Words that cannot stand between a determiner and its noun: "that said the order" is no noun phrase. */
export const NOT_MODIFIERS = new Set(
  (
    'the a an this that these those its their his her our of to in on at by for from with as and or but ' +
    'is are was were be been being has have had do does did will would can could may might should must ' +
    'said says say told which who whom whose what when where why how not no it he she they we you i ' +
    'also only just still than then there here so if into over under about after before since'
  ).split(' '),
);

export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
export const EACH = new Set(['both', 'neither', 'either', 'each']);
export const INDEFINITE = new Set(['a', 'an', 'its', 'their', 'another', 'more', 'further', 'additional']);
/** Determiners that bring in an item not named before: "an order raising tariffs", "more guidance". */
export const NEW_ITEM = new Set(['a', 'an', 'another', 'more', 'further', 'additional']);
/** "a Senate version", "an earlier draft", "its House companion": another version of the bill just named. */
export const VERSION_HEADS = new Set(['version', 'draft', 'companion', 'twin']);
export const VERSION_MODIFIERS = new Set(
  'senate house companion earlier original amended revised identical matching final new'.split(' '),
);
export const STARTERS = new Set([...DEFINITE, ...EACH, ...INDEFINITE, 'such', 'it', "it's"]);
/** Nouns that make the one before them a modifier: "the order book", "the bill sponsor". */
export const NOUN_AFTER =
  /^(?:book|books|flow|flows|size|type|types|number|maker|makers|writer|writers|sponsor|sponsors|holder|holders|manager|managers|change|changes)$/;

const HEAD_WORDS = [
  ...new Set(HEADS.filter((head) => !head.generic).map((head) => head.words.join('\\s+'))),
].join('|');
/** "the order", "the 2022 release": a definite phrase with a specific noun, which could point at the article's opening item. */
export const DEFINITE_PHRASE = new RegExp(
  `\\b(?:the|this|that)\\s+(?:[\\p{L}\\p{N}'\u2019.-]+\\s+){0,3}?(?:${HEAD_WORDS})s?\\b`,
  'iu',
);

/**
 * "The House agreed to the Senate's changes 59-33", "On Tuesday the Senate passed it": a
 * chamber's step with no bill named is a step of the bill the story is about.
 */
export const CHAMBER_STEP =
  /^(?:(?:on|last|this|earlier|later|then|in|after|before)\b[^,]{0,30},?\s+)?(the\s+(?:full\s+)?(?:house|senate|assembly|general assembly|legislature|(?:house|senate)\s+(?:[a-z]+\s+){0,2}committee))\s+(?:(?:then|also|later|quickly|unanimously|narrowly|finally|again)\s+)?(?:passed|approved|agreed to|concurred|voted|advanced|cleared|adopted|rejected|amended)\b/i;

/** Words of market reports, where "the move" and "the announcement" are about prices. */
export const MARKET_TALK =
  /\b(?:rose|rise|rises|fell|falls|jumped|slid|slumped|rallied|rally|surged|tumbled|priced in|traders?|prices?|stocks|sell-?off)\b/i;

/** Funds that are no pension fund: ETFs, trusts, index and mutual funds. */
export const FUND_NAME =
  /\b(?:ETFs?|ETPs?|exchange-traded (?:funds?|products?)|Trust|index funds?|mutual funds?|target-date funds?)\b/;

/** Nouns for the body that acts rather than for its act: a sentence about it is a claim only about the act. */
export const ACTORS = new Set(
  'fund|pension fund|pension plan|pension system|pension manager|pension|plan|system|board|scheme'.split('|'),
);
/** Words for what a fund does with its money. */
export const ACT_WORDS =
  /\b(?:held|holds?|holding|holdings|shares?|stakes?|positions?|sale|sold|sells?|selling|bought|buys?|buying|purchases?|purchased|invest(?:s|ed|ing|ment)?|allocat(?:e|es|ed|ing|ion)|exposure|put|puts|added|adds|exited|exits|wrote|written|write-?(?:off|down)s?|loss|losses|lost|coins?|tokens?)\b/i;
