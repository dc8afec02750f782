import { tiedToRetirementMoney } from './choose-claims';
import type { DetectionState } from './context';
import { entryRules, type Matcher, needsTie } from './load-matcher';
import { isIdentifierHit } from './identifier-terms';
import { featuresOf, type Hit } from './sentence-features';

/** How far back (in blocks) an article's earlier mention still says which item a number means. */
export const REPEAT_BLOCKS = 12;

/**
 * Entries named earlier in the article whose identifiers (a term of their names or
 * rules with a digit: "HB 1203", "SB 1025", "71-44") this sentence repeats. Alone
 * such a number is ambiguous across states; after the article has said which bill
 * it means, it is not.
 */
export function repeatedIdentifiers(
  matcher: Matcher,
  hits: readonly Hit[],
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
): number[] {
  const numbered = hits.filter((hit) => isIdentifierHit(matcher, hit, text));
  if (numbered.length === 0) return [];
  const recent = new Set(
    state.mentions
      .filter((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)
      .map((m) => m.entryId!),
  );
  const found: number[] = [];
  for (const id of recent) {
    const entry = matcher.entries.indexOf(id);
    if (entry < 0 || mentioned.has(entry)) continue;
    const literals = entryLiterals(matcher, entry);
    if (!numbered.some((hit) => literals.has(hit.state))) continue;
    // A reserve bill's number repeated without its tie to pension money is still not a claim.
    if (
      needsTie(matcher, entry) &&
      !tiedToRetirementMoney(matcher, featuresOf(matcher, hits), [], text, start)
    )
      continue;
    found.push(entry);
  }
  return found;
}

/** The term features of an entry's names and rule groups (not its word sets, exclusions or prefer terms). */
export function entryLiterals(matcher: Matcher, entry: number): Set<number> {
  const rules = entryRules(matcher, entry);
  const all = [...rules.names, ...rules.rules.flatMap((rule) => rule.groups.flat())];
  return new Set(all.filter((feature) => feature < matcher.states));
}
