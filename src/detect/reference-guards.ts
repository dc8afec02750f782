import { entryFeatures } from './entry-lookup';
import { wordSetFeature, type Matcher } from './load-matcher';
import type { Reference } from './referring-phrases';
import type { Features } from './sentence-features';

/**
 * What keeps a phrase that could refer back from making a claim: market talk ("the
 * move"), a fund named for what it is rather than what it did ("The fund manages $90
 * billion"), and the words that bring in items outside the KB (ETFs, "Biden's order").
 */

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
const ACT_WORDS =
  /\b(?:held|holds?|holding|holdings|shares?|stakes?|positions?|sale|sold|sells?|selling|bought|buys?|buying|purchases?|purchased|invest(?:s|ed|ing|ment)?|allocat(?:e|es|ed|ing|ion)|exposure|put|puts|added|adds|exited|exits|wrote|written|write-?(?:off|down)|coins?|tokens?)\b/i;

/** Whether the sentence says something of the act: its topic, its own terms (not shared word sets), or a word for an act. */
export function aboutTheAct(matcher: Matcher, entry: number, sentence: string, features: Features): boolean {
  if (ACT_WORDS.test(sentence)) return true;
  const own = entryFeatures(matcher, entry);
  const topics = ['crypto', 'alternatives'].map((name) => wordSetFeature(matcher, name));
  for (const feature of features.present)
    if ((feature < matcher.states && own.has(feature)) || topics.includes(feature)) return true;
  return false;
}

/** Whether a phrase's modifiers include a name ("Biden's", "Texas"). */
export function namesAnother(sentence: string, reference: Reference): boolean {
  return reference.modifiers.some(({ start }) => /^\p{Lu}/u.test(sentence.slice(start, start + 1)));
}
