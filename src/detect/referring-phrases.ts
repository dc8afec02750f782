import { openingItems, type DetectionState, type MentionKind } from './context';
import { pronounUse } from './pronoun-references';
import { phrases } from './phrase-book';
import { ageOf, headAt, mayHoldReference, mayOpenHead, type Head } from './reference-nouns';
import { opensClause, pointInTime, titleCase, tokenize, type Token } from './sentence-tokens';

/**
 * The phrases of a sentence that refer back to something named before: "it",
 * "the order", "the 2022 release", "the Quebec pension manager", "neither bill",
 * "a Senate version". Pure text work; antecedents.ts decides what each points at.
 */
export interface Reference {
  /** The phrase's span in the sentence. */
  start: number;
  end: number;
  /**
   * pronoun: "it"; possessive: "its"; definite: "the order"; each: "both bills" (every
   * item just named); version: "a Senate version"; new: "an order on tariffs", which
   * refers to nothing but brings in an item later phrases may mean.
   */
  form: 'pronoun' | 'possessive' | 'definite' | 'each' | 'version' | 'new';
  kinds: readonly MentionKind[];
  /** A year the phrase names ("the 2022 release"): the item must have an event that year. */
  year: string | null;
  /** "the earlier guidance" is the older of two items, "the new release" the newer. */
  age: 'older' | 'newer' | null;
  /** Words before the head noun that must agree with the item ("Quebec", "retirement-plan"), as spans. */
  modifiers: { start: number; end: number }[];
  /** The phrase opens its sentence or clause: it is what a following "It" means. */
  subject: boolean;
  /** A noun any article uses for many things ("the fund", "the move"). */
  generic: boolean;
  /** The head noun as written in lower case ("fund", "pension manager"; "it" for pronouns). */
  head: string;
}

/** Every phrase of the sentence that refers back, in sentence order. */
export function findReferences(sentence: string): Reference[] {
  // No head noun and no "it": no phrase refers back by its words, only a chamber's step may.
  if (!mayHoldReference(sentence)) {
    const chamber = chamberStep(sentence, []);
    return chamber ? [chamber] : [];
  }
  const tokens = tokenize(sentence);
  let headline: boolean | undefined;
  const isHeadline = () => (headline ??= titleCase(tokens));
  const found: Reference[] = [];
  const { STARTERS } = phrases();
  const bare = headlineSubject(sentence, tokens);
  if (bare) found.push(bare);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (found.length > 0 && token.start < found[found.length - 1]!.end) continue;
    // Only determiners, names' possessives and "it" can open a phrase that refers back.
    if (!STARTERS.has(token.lower) && !(/'s$/.test(token.lower) && /^\p{Lu}/u.test(token.text))) continue;
    // Most determiners have no head noun within reach ("the market", "a week"): no phrase, nothing to weigh.
    if (!PRONOUNS.has(token.lower) && !headWithinReach(tokens, i)) continue;
    if (pointInTime(sentence, tokens, i)) continue;
    const subject = opensClause(sentence, tokens, i);
    // "its Senate companion" is another version of the bill; "its sponsor" points through "its".
    const phrase = nounPhrase(sentence, tokens, i, subject, isHeadline);
    if (phrase) {
      found.push(phrase);
    } else if (PRONOUNS.has(token.lower)) {
      const use = pronounUse(sentence, tokens, i);
      if (use) found.push(pronoun(token, use === 'opening' || subject));
    }
  }
  const chamber = chamberStep(sentence, found);
  return chamber ? [chamber, ...found] : found;
}

const PRONOUNS = new Set(['it', 'its', "it's"]);

/** Whether a head noun may start where nounPhrase looks for one after the starter at token `i`. */
function headWithinReach(tokens: readonly Token[], i: number): boolean {
  // The head comes after the starter ("the", or "the two", "such a") and at most MAX_MODIFIERS words.
  const last = Math.min(tokens.length - 1, i + 2 + MAX_MODIFIERS);
  for (let h = i + 1; h <= last; h++) if (mayOpenHead(tokens[h]!)) return true;
  return false;
}

/**
 * "The House agreed to the Senate's changes 59-33": a chamber acting on no bill it names
 * acts on the bill just named; the chamber's phrase stands for it. Not when the sentence
 * has a phrase for a bill of its own ("a separate bill", "the measure").
 */
function chamberStep(sentence: string, found: readonly Reference[]): Reference | null {
  const step = phrases().CHAMBER_STEP.exec(sentence);
  if (!step || found.some((r) => r.kinds.includes('bill'))) return null;
  const start = step.index + step[0].indexOf(step[1]!);
  return {
    start,
    end: start + step[1]!.length,
    form: 'definite',
    kinds: ['bill', 'law', 'other-bill'],
    year: null,
    age: null,
    modifiers: [],
    subject: true,
    // Points only at a bill named just before, never at the article's opening item.
    generic: true,
    head: 'chamber',
  };
}

/**
 * "Bill heads to Senate after House vote", "Fund sells bitcoin ETF": headlines drop the
 * article, so a head noun opening a headline (no final stop, a verb after it) is "the bill".
 */
function headlineSubject(sentence: string, tokens: readonly Token[]): Reference | null {
  const head = headAt(tokens, 0);
  if (!head || head.plural || /[.!?]\s*$/.test(sentence) || tokens.length > 14) return null;
  if (head.generic && head.words[0] !== 'fund') return null;
  const next = tokens[head.words.length];
  if (!next || !/^\p{Ll}/u.test(next.text) || phrases().NOT_MODIFIERS.has(next.lower)) return null;
  if (continuesNoun(sentence, tokens[head.words.length - 1]!, next, head.generic)) return null;
  return {
    start: 0,
    end: tokens[head.words.length - 1]!.end,
    form: 'definite',
    kinds: head.kinds,
    year: null,
    age: null,
    modifiers: [],
    subject: true,
    generic: head.generic,
    head: head.words.join(' '),
  };
}

function pronoun(token: Token, subject: boolean): Reference {
  return {
    start: token.start,
    end: token.end,
    form: token.lower === 'its' ? 'possessive' : 'pronoun',
    kinds: [],
    year: null,
    age: null,
    modifiers: [],
    subject,
    generic: false,
    head: 'it',
  };
}

const MAX_MODIFIERS = 3;

/** A referring noun phrase opening at token `i` ("the order", "both bills", "a Senate version"), or null. */
function nounPhrase(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  subject: boolean,
  headline: () => boolean,
): Reference | null {
  const { DEFINITE, EACH, INDEFINITE, NOT_MODIFIERS } = phrases();
  const determiner = tokens[i]!.lower;
  const two = determiner === 'the' && tokens[i + 1]?.lower === 'two';
  const each = EACH.has(determiner) || two;
  // "Trump's order", "Hobbs's veto": a name's possessive is a determiner that must agree with the item.
  const possessor = /^\p{Lu}/u.test(tokens[i]!.text) && /'s$/.test(determiner) && determiner !== "it's";
  // "Such an order would be...": the kind of item just named, i.e. that item.
  const such = determiner === 'such' && /^an?$/.test(tokens[i + 1]?.lower ?? '');
  if (!DEFINITE.has(determiner) && !each && !INDEFINITE.has(determiner) && !possessor && !such) return null;
  const first = two || such ? i + 2 : i + 1;
  for (let h = first; h <= first + MAX_MODIFIERS && h < tokens.length; h++) {
    if (/\S/.test(sentence.slice(tokens[h - 1]!.end, tokens[h]!.start))) return null;
    const head = headAt(tokens, h);
    if (!head) {
      if (NOT_MODIFIERS.has(tokens[h]!.lower)) return null;
      continue;
    }
    const last = tokens[h + head.words.length - 1]!;
    const after = tokens[h + head.words.length];
    if (after && continuesNoun(sentence, last, after, head.generic)) return null;
    // "The Employees' Retirement System of Jersey City": a name, not a phrase that refers back.
    if (/^\p{Lu}/u.test(tokens[h]!.text) && !headline()) return null;
    return describe(tokens, i, h, head, tokens.slice(possessor ? i : first, h), subject, each);
  }
  return null;
}

/** "of bitcoin by miners": an act's object, then an agent other than the item ("by the fund" is it). */
const BY_ANOTHER =
  /^\s+(?:[\w$.,'\u2019-]+\s+){1,5}by\s+(?!(?:it|its|the (?:fund|board|plan|system|pension|scheme|manager))\b)/i;

/** "the order book" is another noun; "the release of jobs data" is another release. */
function continuesNoun(sentence: string, last: Token, after: Token, generic: boolean): boolean {
  // "the bill's sponsor": a possessive head is the phrase's item, whatever follows it.
  if (/\S/.test(sentence.slice(last.end, after.start)) || /'s?$/.test(last.lower)) return false;
  // "the purchase of bitcoin by miners" is someone else's act, not the fund's just named.
  if (after.lower === 'of') return !generic || BY_ANOTHER.test(sentence.slice(after.end));
  const { HEADS, NOUN_AFTER } = phrases();
  return HEADS.some((head) => head.words[0] === after.lower) || NOUN_AFTER.test(after.lower);
}

/** Modifiers that cannot disagree with an item: "the new order", "the $25 million purchase", "the two-page release". */
function neutral(word: string): boolean {
  return (
    phrases().NEUTRAL_MODIFIERS.has(word) ||
    /^[$\u20ac\u00a3]?\d/.test(word) ||
    /^(?:million|billion|trillion)$/.test(word) ||
    /-(?:page|year|month|day|week|point)$/.test(word)
  );
}

function describe(
  tokens: readonly Token[],
  i: number,
  h: number,
  head: Head,
  modifiers: readonly Token[],
  subject: boolean,
  each: boolean,
): Reference | null {
  const { INDEFINITE, NEW_ITEM, VERSION_HEADS, VERSION_MODIFIERS } = phrases();
  const determiner = tokens[i]!.lower;
  const base = {
    start: tokens[i]!.start,
    end: tokens[h + head.words.length - 1]!.end,
    kinds: head.kinds,
    subject,
    generic: head.generic,
    head: head.words.join(' '),
    year: null,
    age: null,
    modifiers: [],
  };
  if (INDEFINITE.has(determiner)) {
    // Another version of the bill just named: "a Senate version", "its House companion";
    // "a final version" may also be the final form of a rule just proposed.
    const version = VERSION_HEADS.has(head.words[0]!) || modifiers.some((m) => m.lower === 'companion');
    const final = modifiers.some((m) => m.lower === 'final');
    if (version && modifiers.length > 0 && modifiers.every((m) => VERSION_MODIFIERS.has(m.lower))) {
      const kinds: MentionKind[] = ['bill', 'law', 'other-bill'];
      return { ...base, form: 'version', kinds: final ? [...kinds, 'proposed-rule', 'final-rule'] : kinds };
    }
    // "The department has not issued a final rule": the final form of the rule just named.
    if (final && head.kinds.includes('proposed-rule'))
      return { ...base, form: 'definite', kinds: ['proposed-rule', 'final-rule'], generic: true };
    // "He also signed an order raising tariffs": an item the article had not named.
    const plain = !head.generic || head.words[0] === 'fund';
    return NEW_ITEM.has(determiner) && plain && !version ? { ...base, form: 'new' } : null;
  }
  // Nouns any article uses for many things refer back only as the subject of a clause.
  if (head.generic && !subject) return null;
  // "The bills", "the laws": plain plurals are too loose; "both bills" and "the two bills" say which.
  if (head.plural && !each) return null;
  const year = modifiers.find((m) => /^(?:19|20)\d{2}$/.test(m.lower))?.lower ?? null;
  const agreeing = modifiers.filter((m) => m.lower !== year && !neutral(m.lower) && ageOf(m.lower) === null);
  return {
    ...base,
    form: each ? 'each' : VERSION_HEADS.has(head.words[0]!) ? 'version' : 'definite',
    year,
    age: modifiers.map((m) => ageOf(m.lower)).find((a) => a !== null) ?? null,
    modifiers: agreeing.map((m) => ({ start: m.start, end: m.end })),
  };
}

/** Whether a block far from any mention may still refer to the item the article opened with. */
export function mayReferToOpening(state: DetectionState, text: string): boolean {
  return openingItems(state).length > 0 && phrases().DEFINITE_PHRASE.test(text);
}
