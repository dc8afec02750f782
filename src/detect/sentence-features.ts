import { phrases } from './phrase-book';
import { wordSetFeature, type Matcher } from './load-matcher';

/** One term occurrence: the state where the term ends (its feature) and its span in the block. */
export interface Hit {
  state: number;
  start: number;
  end: number;
}

/** The features present in a stretch of text (a sentence, or a whole block) and the hits behind each. */
export interface Features {
  present: Set<number>;
  hitsOf: Map<number, Hit[]>;
  hits: readonly Hit[];
}

export function featuresOf(matcher: Matcher, hits: readonly Hit[]): Features {
  const present = new Set<number>();
  const hitsOf = new Map<number, Hit[]>();
  const add = (feature: number, hit: Hit) => {
    present.add(feature);
    const list = hitsOf.get(feature);
    if (list) list.push(hit);
    else hitsOf.set(feature, [hit]);
  };
  for (const hit of hits) {
    add(hit.state, hit);
    for (const set of matcher.setsOfState.get(hit.state) ?? []) add(set, hit);
  }
  return { present, hitsOf, hits };
}

/** Whether any hit of the named word set is present. */
export function hasWordSet(matcher: Matcher, features: Features, name: string): boolean {
  return features.present.has(wordSetFeature(matcher, name));
}

/** Word sets that say what a sentence is about; "not" before one of them takes it out of the sentence. */
const TOPIC_SETS = ['retirement', 'pension', 'crypto', 'alternatives'];

/**
 * The hits of a sentence minus topic words the sentence rules out (three words or
 * fewer after a negation): "The order never mentions digital assets" is not about
 * crypto. "No longer holds bitcoin" and "is not buying bitcoin" keep bitcoin: they
 * say where the item stands.
 */
export function withoutNegatedTopics(
  matcher: Matcher,
  hits: readonly Hit[],
  text: string,
  from: number,
): Hit[] {
  const topics = new Set(TOPIC_SETS.map((name) => wordSetFeature(matcher, name)));
  return hits.filter((hit) => {
    const sets = matcher.setsOfState.get(hit.state);
    if (!sets?.some((set) => topics.has(set))) return true;
    const before = text.slice(Math.max(from, hit.start - 40), hit.start);
    return !phrases().NEGATED.test(before) || phrases().DENIED_ACT.test(before);
  });
}

/**
 * Everyday senses of policy words: "in order to", "a limit order", "the order book",
 * "a court order"; "act" as a verb ("to act quickly") rather than a named Act.
 */

export function withoutFalseFriends(hits: readonly Hit[], text: string): Hit[] {
  return hits.filter((hit) => {
    const word = text.slice(hit.start, hit.end);
    if (/^orders?$/i.test(word)) {
      const before = text.slice(Math.max(0, hit.start - 20), hit.start);
      const after = text.slice(hit.end, hit.end + 12);
      return !(
        phrases().NOT_AN_ORDER_BEFORE.test(before) ||
        phrases().NOT_AN_ORDER_AFTER.test(after) ||
        /\bin\s+$/i.test(before)
      );
    }
    // A named Act is capitalised; "to act", "act on" are verbs.
    if (/^acts?$/i.test(word)) return word.charAt(0) === 'A';
    return true;
  });
}
