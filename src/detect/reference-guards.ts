import { entryFeatures } from './entry-lookup';
import { wordSetFeature, type Matcher } from './load-matcher';
import { phrases } from './phrase-book';
import type { Reference } from './referring-phrases';
import type { Features } from './sentence-features';

/**
 * What keeps a phrase that could refer back from making a claim: market talk ("the
 * move"), a fund named for what it is rather than what it did ("The fund manages $90
 * billion"), and the words that bring in items outside the KB (ETFs, "Biden's order").
 */

/** Whether the sentence says something of the act: its topic, its own terms (not shared word sets), or a word for an act. */
export function aboutTheAct(matcher: Matcher, entry: number, sentence: string, features: Features): boolean {
  if (phrases().ACT_WORDS.test(sentence)) return true;
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
