import type { EntryKind } from '../kb/schema';

/**
 * What an article has named so far, so a later sentence that refers back ("The
 * order also directs...", "The bill would...") can be attached to it. Plain data:
 * the content script keeps one per page and passes it to each detectClaims() call
 * as new blocks arrive; a new article (SPA navigation) starts a new state.
 */
export interface DetectionState {
  /** Blocks seen over all calls: distances between a mention and a reference are counted in blocks. */
  blocks: number;
  /** Sentences seen over all calls: mentions of one sentence share a number. */
  sentences: number;
  /** Recent mentions, oldest first (at most MAX_MENTIONS). */
  mentions: Mention[];
}

export interface Mention {
  /** A KB entry id, or null for an item outside the KB ("HB 1234", "the GENIUS Act"). */
  entryId: string | null;
  kind: EntryKind | 'other-bill' | 'other-order';
  /** The item opens its sentence (its subject, roughly): what a following "It..." means. */
  subject: boolean;
  block: number;
  sentence: number;
}

export function createDetectionState(): DetectionState {
  return { blocks: 0, sentences: 0, mentions: [] };
}

const MAX_MENTIONS = 12;
/** A reference reaches back this many blocks at most: the same paragraph or the two before. */
const MAX_BLOCK_DISTANCE = 2;

/** What each referring noun can point at. */
const NOUN_KINDS: [RegExp, readonly Mention['kind'][]][] = [
  [/^(?:executive order|order)$/, ['executive-order', 'other-order']],
  [/^(?:bill|measure|legislation|act|version|amendment|veto)$/, ['bill', 'law', 'other-bill']],
  [/^proposal$/, ['bill', 'law', 'proposed-rule', 'other-bill']],
  [/^(?:law|statute)$/, ['law', 'bill', 'other-bill']],
  [/^(?:rule|regulation|proposed rule)$/, ['proposed-rule', 'final-rule']],
  [
    /^(?:release|guidance|statement|letter|warning|bulletin|advisory|opinion|document|update)$/,
    ['agency-guidance'],
  ],
  [/^(?:lawsuit|suit|case|ruling|complaint|challenge|appeal|decision)$/, ['court-case']],
  [
    /^(?:fund|pension fund|pension|plan|system|board|scheme|stake|allocation|investment|purchase|request|study|position|holding|holdings|bet|exposure)$/,
    ['pension-fund-action'],
  ],
  [/^(?:account|product|offering|option)$/, ['private-product']],
];

/**
 * "The order also...", "Under the bill,", "If signed, the order would...": a
 * definite noun phrase among the first words of the sentence. Modifiers that point
 * elsewhere ("the earlier guidance", "another bill") do not count.
 */
const REFERENCE =
  /^[\s"'\u201c\u2018(]*(?:[\w'\u2019,-]+\s+){0,6}?(?:the|this|that)\s+(?:(?:new|proposed|executive|draft|final|same|latest|state|federal|president's|trump's|governor's|department's|agency's|fund's|\d{4})\s+){0,2}(executive order|order|bill|measure|legislation|act|proposal|law|statute|proposed rule|rule|regulation|release|guidance|statement|letter|warning|bulletin|advisory|lawsuit|suit|case|ruling|pension fund|fund|pension|plan|system|board|scheme|stake|allocation|investment|purchase|request|study|position|holdings|holding|bet|exposure|account|product|offering|option|version|amendment|veto|opinion|document|update|complaint|challenge|appeal|decision)\b/i;

/** Nouns any article uses for many things: they refer back only as the sentence's subject. */
const GENERIC_NOUNS =
  /^(?:fund|pension fund|pension|plan|system|board|scheme|stake|allocation|investment|purchase|request|study|position|holding|holdings|bet|exposure|account|product|offering|option|version|document|update|decision|case|challenge)$/;

/** Identifiers and act names of items the KB may not have; a reference after them means them, not us. */
const OTHER_BILL =
  /\b(?:H\.?\s?B\.?|S\.?\s?B\.?|H\.?\s?R\.?|A\.?\s?B\.?|S\.|House Bill|Senate Bill|Assembly Bill|SF|HF|LD)\s?\d{1,5}\b|\b(?!(?:The|This|That|An?)\s+Act\b)(?:[A-Z][\w-]*\s+){1,5}Act\b/;
const OTHER_ORDER = /\b(?:Executive Order|EO|E\.O\.)\s?\d{4,6}\b/;

/**
 * "It also directs...", "If passed, it would...", "It's signed.": a sentence that opens
 * with "it" as a subject. Not the dummy "it" of "It is unclear whether...".
 */
const PRONOUN =
  /^(?:(?:but|and|so|yet|now|still|instead|meanwhile|however|also|if|once|when|unless|until|though|although)\b(?:[^,.;]{0,40},)?\s+)?(?:it(?:'s|\u2019s)?|its)\b/i;
/** "It is unclear...", "It is in fact a consultancy": a dummy subject, or a description of something. */
const DUMMY_IT =
  /\bit(?:\s+(?:is|was|remains|seems|appears)|'s|\u2019s)\s+(?:not\s+|in fact\s+|actually\s+|really\s+|also\s+|just\s+|only\s+|still\s+)*(?:clear|unclear|likely|unlikely|possible|impossible|difficult|hard|easy|too|unknown|worth|time|expected|thought|believed|true|false|important|notable|uncertain|known|a|an|the|one|been|to be seen)\b/i;

/** Whether the sentence opens with a referring "it". */
export function startsWithPronoun(sentence: string): boolean {
  return PRONOUN.test(sentence) && !DUMMY_IT.test(sentence);
}

/** The entry a referring "it" means: the one subject of the sentence just before, in this block or the last. */
export function pronounAntecedent(state: DetectionState): string | null {
  const last = state.mentions[state.mentions.length - 1];
  if (!last || state.sentences - last.sentence > 1 || state.blocks - last.block > 1) return null;
  const subjects = state.mentions.filter((m) => m.sentence === last.sentence && m.subject);
  const ids = new Set(subjects.map((m) => m.entryId));
  return ids.size === 1 ? (subjects[0]!.entryId ?? null) : null;
}

/** Whether the block could open with a referring "it" right after a mention (worth segmenting without hits). */
export function mayOpenWithPronoun(state: DetectionState, text: string): boolean {
  const last = state.mentions[state.mentions.length - 1];
  return (
    last !== undefined &&
    state.blocks - last.block <= 1 &&
    /^\s*(?:[\w'\u2019,-]+\s+){0,3}?it\b/i.test(text.slice(0, 60))
  );
}

/** A referring phrase: its text, the kinds it can point at, and a year it names ("the 2022 release"). */
export interface Reference {
  phrase: string;
  kinds: readonly Mention['kind'][];
  year: string | null;
}

/** A sentence's phrase that refers back ("the order") and the kinds it can point at; null when none. */
export function findReference(sentence: string): Reference | null {
  const match = REFERENCE.exec(sentence);
  const noun = match?.[1]?.toLowerCase();
  if (!match || !noun) return null;
  const kinds = NOUN_KINDS.find(([pattern]) => pattern.test(noun))?.[1];
  if (!kinds) return null;
  const at = match[0].search(/\b(?:the|this|that)\s/i);
  // "The fund..." opens the sentence; "...which oversees the fund" deep in it may be any fund.
  if (GENERIC_NOUNS.test(noun) && match[0].slice(0, at).trim().split(/\s+/).filter(Boolean).length > 2)
    return null;
  const phrase = sentence.slice(at, match[0].length);
  return { phrase, kinds, year: /\b(?:19|20)\d{2}\b/.exec(phrase)?.[0] ?? null };
}

/** Items outside the KB that a sentence names, as mentions later references may point at. */
export function otherItemsNamed(sentence: string): Mention['kind'][] {
  const kinds: Mention['kind'][] = [];
  if (OTHER_BILL.test(sentence)) kinds.push('other-bill');
  if (OTHER_ORDER.test(sentence)) kinds.push('other-order');
  return kinds;
}

/**
 * The entry a referring sentence points at: the most recent mention of a kind the
 * noun fits, if it is near enough and unambiguous (no other fitting entry named in
 * the same sentence). A fitting item outside the KB, named more recently, wins, so
 * the answer is then null.
 */
export function antecedent(state: DetectionState, kinds: readonly Mention['kind'][]): string | null {
  for (let i = state.mentions.length - 1; i >= 0; i--) {
    const mention = state.mentions[i]!;
    if (!kinds.includes(mention.kind)) continue;
    if (state.blocks - mention.block > MAX_BLOCK_DISTANCE) return null;
    const rivals = state.mentions.filter(
      (other) =>
        other.sentence === mention.sentence &&
        other.entryId !== mention.entryId &&
        kinds.includes(other.kind),
    );
    return rivals.length === 0 ? mention.entryId : null;
  }
  return null;
}

export function remember(state: DetectionState, mention: Omit<Mention, 'block' | 'sentence'>): void {
  state.mentions.push({ ...mention, block: state.blocks, sentence: state.sentences });
  if (state.mentions.length > MAX_MENTIONS) state.mentions.splice(0, state.mentions.length - MAX_MENTIONS);
}

/** Whether any mention is still near enough for a reference in the current block. */
export function hasLiveMentions(state: DetectionState): boolean {
  const last = state.mentions[state.mentions.length - 1];
  return last !== undefined && state.blocks - last.block <= MAX_BLOCK_DISTANCE;
}
