import { entryRules, type Matcher } from './load-matcher';

/** Lookups by entry, built once per matcher and only for the entries a page meets. */

const featureCache = new WeakMap<Matcher, Map<number, Set<number>>>();
/** Every feature an entry's rules mention (names, rule groups, prefer terms, word sets). */
export function entryFeatures(matcher: Matcher, index: number): Set<number> {
  let byEntry = featureCache.get(matcher);
  if (!byEntry) featureCache.set(matcher, (byEntry = new Map()));
  let features = byEntry.get(index);
  if (!features) {
    const rules = entryRules(matcher, index);
    features = new Set([
      ...rules.names,
      ...rules.rules.flatMap((r) => r.groups.flat()),
      ...rules.prefer.flat(),
    ]);
    byEntry.set(index, features);
  }
  return features;
}
