import { phrases } from './phrase-book';
import type { Candidate } from './candidates';
import { entryFeatures } from './entry-lookup';
import { isIdentifierHit } from './identifier-terms';
import { type Matcher, needsTie, wordSetFeature } from './load-matcher';
import type { Features, Hit } from './sentence-features';
import type { LexiconName } from './lexicon';
import type { EntryKind } from '../kb/schema';

/** What one sentence says: the claims it makes, and every entry it is about (for later references). */
export interface SentenceDecision {
  claims: { candidate: Candidate; confidence: number }[];
  /** Entries the sentence is about, with or without a claim (an adjacent item with no retirement tie). */
  mentioned: Candidate[];
}

/** At most this many entries named in one sentence get a claim each ("SB 1025 was vetoed; HB 302 signed"). */
const MAX_NAMED = 4;

/**
 * Chooses the claims of one sentence among its candidates. The policy:
 * 1. Entries named in the sentence ("EO 14330", "H.R. 5748") each get a claim.
 * 2. Otherwise the best-scoring entry by rules and prefer terms gets the claim;
 *    a tie between different entries is ambiguous, and precision wins: no claim.
 * 3. Adjacent entries (reserve bills without pension money, other orders) win the
 *    sentence from core entries that only matched by rules; they get a claim
 *    themselves only where the sentence ties them to retirement or pension money
 *    (a @retirement or @pension term, outside their own name, not negated).
 */
export function chooseClaims(
  matcher: Matcher,
  candidates: Candidate[],
  features: Features,
  text: string,
  sentenceStart: number,
): SentenceDecision {
  if (candidates.length === 0) return { claims: [], mentioned: [] };
  const scope = (c: Candidate) => matcher.entries.at(c.entry)!.scope;
  const kind = (c: Candidate) => matcher.entries.kindAt(c.entry)!;
  // "...days after Trump's order": an item whose own terms only follow "after", "before",
  // "since" is used as a point in time, and is not claimed when the sentence is about another.
  const owners = candidates.length > 1 ? evidenceOwners(candidates) : null;
  const dated = new Set(
    candidates.filter(
      (c) =>
        owners !== null && c.nameHits.length === 0 && usedAsDate(matcher, c, owners, text, sentenceStart),
    ),
  );
  const usable = candidates.filter((c) => !dated.has(c));
  const named = usable.filter((c) => c.nameHits.length > 0).slice(0, MAX_NAMED);
  let chosen: Candidate[] = named;
  if (named.length === 0) {
    const [best, second] = usable;
    if (best && (!second || best.score > second.score || kind(second) !== kind(best))) chosen = [best];
  }
  // A sentence about two items of different kinds ("a bill to codify the order") claims both,
  // when each has terms of its own; items of one kind compete, and the best (or none) wins.
  for (const candidate of usable) {
    if (chosen.includes(candidate) || chosen.length >= MAX_NAMED || candidate.ruleGroups < 2) continue;
    if (chosen.some((c) => kind(c) === kind(candidate))) continue;
    const taken = new Set(chosen.flatMap((c) => c.evidence.map((hit) => hit.state)));
    // "Judge tosses suit over Labor Department crypto guidance": the suit's words are the
    // guidance's too, but the noun for the guidance's kind says it is there in its own right.
    if (candidate.evidence.some((hit) => !taken.has(hit.state)) || namesItsKind(matcher, candidate))
      chosen.push(candidate);
  }
  // "Jersey City would join the State of Wisconsin Investment Board": two items of one kind,
  // each named by words of its own that the other's rules never use, are both in the sentence.
  for (const candidate of usable) {
    if (chosen.includes(candidate) || chosen.length >= MAX_NAMED) continue;
    const rivals = chosen.filter((c) => kind(c) === kind(candidate));
    if (rivals.length === 0) continue;
    const apart = rivals.every(
      (rival) => hasOwnName(matcher, text, candidate, rival) && hasOwnName(matcher, text, rival, candidate),
    );
    if (apart) chosen.push(candidate);
  }
  const adjacentPresent = candidates.some((c) => scope(c) === 'adjacent');
  // ...but not from items named by their number ("Arizona's SB 1025 died; New Hampshire's HB 302 became law").
  if (adjacentPresent)
    chosen = chosen.filter(
      (c) => scope(c) === 'adjacent' || c.nameHits.length > 0 || numbered(matcher, c, text),
    );
  if (adjacentPresent && chosen.length === 0) {
    const bestAdjacent = candidates.find((c) => scope(c) === 'adjacent');
    if (bestAdjacent) chosen = [bestAdjacent];
  }

  const claims: SentenceDecision['claims'] = [];
  for (const candidate of chosen) {
    const adjacent = scope(candidate) === 'adjacent';
    if (
      needsTie(matcher, candidate.entry) &&
      !tiedToRetirementMoney(matcher, features, candidate.nameHits, text, sentenceStart)
    )
      continue;
    claims.push({
      candidate,
      confidence: confidenceOf(candidate, candidates, chosen.length) * (adjacent ? 0.9 : 1),
    });
  }
  return { claims, mentioned: chosen };
}

/**
 * Whether `candidate` is named in the sentence by words of its own: a name, a state's
 * name, or a term of two words or more that is no shared word-set term, that `other`'s rules never use and
 * that no hit of `other` covers.
 */
function hasOwnName(matcher: Matcher, text: string, candidate: Candidate, other: Candidate): boolean {
  const theirs = entryFeatures(matcher, other.entry);
  const states = wordSetFeature(matcher, 'states');
  return candidate.evidence.some((hit) => {
    const named = candidate.nameHits.includes(hit);
    const sets = matcher.setsOfState.get(hit.state);
    const phrase = !sets && /\S\s+\S/.test(text.slice(hit.start, hit.end));
    // "Texas and New Hampshire have...": each state's name is its own item's.
    const place = sets?.includes(states) === true;
    if (!named && !phrase && !place) return false;
    if (theirs.has(hit.state)) return false;
    return !other.evidence.some((o) => o.start <= hit.start && o.end >= hit.end);
  });
}

/** Whether a term of the candidate's own is an identifier: "SB 1025", "H.R. 5748". */
function numbered(matcher: Matcher, candidate: Candidate, text: string): boolean {
  return candidate.evidence.some((hit) => isIdentifierHit(matcher, hit, text));
}

/** For each term, how many candidates have it in their evidence: once per sentence, not per pair. */
function evidenceOwners(candidates: readonly Candidate[]): Map<number, number> {
  const owners = new Map<number, number>();
  for (const candidate of candidates)
    for (const state of new Set(candidate.evidence.map((hit) => hit.state)))
      owners.set(state, (owners.get(state) ?? 0) + 1);
  return owners;
}

/** The noun that names each kind of item in news ("the order", "the bill"): its word set. */
const KIND_NOUNS: Partial<Record<EntryKind, LexiconName>> = {
  'executive-order': 'order',
  bill: 'bill',
  law: 'bill',
  'agency-guidance': 'guidance',
};

/** Whether a rule of three groups or more fired with the noun for the item's kind ("guidance", "order") among its words. */
function namesItsKind(matcher: Matcher, candidate: Candidate): boolean {
  const noun = KIND_NOUNS[matcher.entries.kindAt(candidate.entry)!];
  if (!noun || candidate.ruleGroups < 3) return false;
  const set = wordSetFeature(matcher, noun);
  return candidate.evidence.some((hit) => (matcher.setsOfState.get(hit.state) ?? []).includes(set));
}

function usedAsDate(
  matcher: Matcher,
  candidate: Candidate,
  owners: ReadonlyMap<number, number>,
  text: string,
  sentenceStart: number,
): boolean {
  const anchored = (hit: Hit) =>
    phrases().TIME_ANCHOR.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start));
  // Its first term that no other candidate has.
  const first = candidate.evidence.find((hit) => owners.get(hit.state) === 1);
  if (first !== undefined && anchored(first)) return true;
  // "...private equity in 401(k)s was withdrawn five days after the order": the words that
  // say what the item is ("order") date the other item's act, whatever else it shares.
  const noun = KIND_NOUNS[matcher.entries.kindAt(candidate.entry)!];
  const set = noun ? wordSetFeature(matcher, noun) : -1;
  const nouns = candidate.evidence.filter(
    (hit) => owners.get(hit.state) === 1 && (matcher.setsOfState.get(hit.state) ?? []).includes(set),
  );
  return nouns.length > 0 && nouns.every(anchored);
}

function confidenceOf(candidate: Candidate, all: Candidate[], chosenCount: number): number {
  if (candidate.nameHits.length > 0) return chosenCount > 1 ? 0.9 : 0.95;
  const runnerUp = all.find((c) => c !== candidate);
  const margin = runnerUp ? Math.min(0.1, (candidate.score - runnerUp.score) * 0.03) : 0.1;
  return Math.min(0.9, 0.45 + 0.1 * candidate.ruleGroups + 0.03 * candidate.preferred + margin);
}

/** Whether the sentence has a retirement or pension term, outside the entry's own names, that is not negated. */
export function tiedToRetirementMoney(
  matcher: Matcher,
  features: Features,
  nameHits: readonly Hit[],
  text: string,
  sentenceStart: number,
): boolean {
  const inName = (hit: Hit) => nameHits.some((name) => hit.start >= name.start && hit.end <= name.end);
  for (const set of ['retirement', 'pension']) {
    for (const hit of features.hitsOf.get(wordSetFeature(matcher, set)) ?? []) {
      if (inName(hit)) continue;
      if (phrases().NEGATED_TIE.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start)))
        continue;
      // "Nor does the order require anyone to hold crypto in a retirement account": the clause denies it.
      const clause =
        text
          .slice(sentenceStart, hit.start)
          .split(/[,;:\u2014]/)
          .pop() ?? '';
      if (!phrases().NEGATED_CLAUSE.test(clause)) return true;
    }
  }
  return false;
}
