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
