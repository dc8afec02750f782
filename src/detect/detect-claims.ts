import { FLAG_TRIGGER } from './automaton';
import { findCandidates } from './candidates';
import { chooseClaims, tiedToRetirementMoney } from './choose-claims';
import { claimedStatus } from './claimed-status';
import {
  antecedent,
  createDetectionState,
  findReference,
  hasLiveMentions,
  mayOpenWithPronoun,
  otherItemsNamed,
  pronounAntecedent,
  remember,
  startsWithPronoun,
  type DetectionState,
} from './context';
import { entryRules, type Matcher } from './load-matcher';
import { HitBuffer, scanText } from './scan-text';
import {
  featuresOf,
  withoutFalseFriends,
  withoutNegatedTopics,
  type Features,
  type Hit,
} from './sentence-features';
import { splitSentences, type Span } from './sentences';
import type { DetectedClaim, TextBlock } from './types';

/** How sure a claim attached through a reference ("The order also...", "It now goes...") is. */
const CONTEXT_CONFIDENCE = 0.6;
/** How sure a claim is whose identifier the article tied to the item earlier ("HB 1203 passed..."). */
const REPEAT_CONFIDENCE = 0.75;
/** A number with letters or a dash ("HB 1203", "71-44", "2025-01"); not a bare year or "401(k)" (a shared word). */
const IDENTIFIER =
  /^(?=.*\d)(?=.*[\p{L}-])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)/iu;
/** A block of four words or more counts as one block of distance for references. */
const MIN_WORDS_FOR_DISTANCE = /(?:\S+\s+){3}\S/;
/** How far back (in blocks) an article's earlier mention still says which item a number means. */
const REPEAT_BLOCKS = 12;
/** An item whose first term starts within this many words of its sentence's start is its subject. */
const SUBJECT_WORDS = 5;

/**
 * Finds the sentences that make claims about KB entries. One automaton pass per
 * block; only blocks whose terms could satisfy a rule (or refer back to a recent
 * mention) are cut into sentences, and rules are decided per sentence.
 *
 * `state` carries what the article named so far across calls, so a dynamic page
 * can scan only its new blocks: pass the same state each time (it is updated in
 * place). Claims' blockIndex refers to this call's `blocks`.
 */
export function detectClaims(
  matcher: Matcher,
  blocks: readonly TextBlock[],
  state: DetectionState = createDetectionState(),
): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  const buffer = new HitBuffer();
  blocks.forEach((block, blockIndex) => {
    // Datelines, timestamps and bylines ("4:41 p.m.") do not put distance between a mention and a reference.
    if (MIN_WORDS_FOR_DISTANCE.test(block.text)) state.blocks++;
    buffer.clear();
    scanText(matcher.automaton, block.text, buffer);
    let hits: Hit[] | null = null;
    const hitList = () => (hits ??= toHits(buffer));
    if (!worthSegmenting(matcher, buffer, hitList, block.text, state)) return;
    const blockHits = hitList();
    for (const span of splitSentences(block.text)) {
      state.sentences++;
      const inside = blockHits.filter((hit) => hit.start >= span[0] && hit.end <= span[1]);
      claims.push(...sentenceClaims(matcher, block.text, blockIndex, span, inside, state));
    }
  });
  return claims;
}

/**
 * Most blocks stop here: no term that can start a rule or name ("order", "plan",
 * "fund" alone cannot), or no rule the block's terms satisfy, and nothing named
 * just before for a reference or a repeated identifier to point at.
 */
function toHits(buffer: HitBuffer): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < buffer.length; i += 3) {
    hits.push({ state: buffer.data[i]!, start: buffer.data[i + 1]!, end: buffer.data[i + 2]! });
  }
  return hits;
}

function worthSegmenting(
  matcher: Matcher,
  buffer: HitBuffer,
  hits: () => Hit[],
  text: string,
  state: DetectionState,
): boolean {
  if (hasLiveMentions(state) || mayOpenWithPronoun(state, text)) return true;
  if (buffer.length === 0) return false;
  const flags = matcher.automaton.flags;
  let triggers = false;
  for (let i = 0; i < buffer.length && !triggers; i += 3)
    triggers = (flags[buffer.data[i]!]! & FLAG_TRIGGER) !== 0;
  if (!triggers) return false;
  if (state.mentions.some((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)) return true;
  return findCandidates(matcher, featuresOf(matcher, hits())).length > 0;
}

function sentenceClaims(
  matcher: Matcher,
  text: string,
  blockIndex: number,
  [start, end]: Span,
  hits: Hit[],
  state: DetectionState,
): DetectedClaim[] {
  const sentence = text.slice(start, end);
  const features = featuresOf(
    matcher,
    withoutNegatedTopics(matcher, withoutFalseFriends(hits, text), text, start),
  );
  const decision =
    hits.length > 0 ? chooseClaims(matcher, findCandidates(matcher, features), features, text, start) : null;
  const claimFor = (
    entry: number,
    why: string[],
    confidence: number,
    via: DetectedClaim['via'],
    cues: CueScope,
  ) => {
    const { id, kind } = matcher.entries[entry]!;
    const relative = (list: readonly Hit[]) => list.map((hit): Span => [hit.start - start, hit.end - start]);
    return {
      blockIndex,
      start,
      end,
      sentence,
      entryId: id,
      claimedStatus: claimedStatus(sentence, {
        kind,
        nameSpans: relative(cues.names),
        ownSpans: relative(cues.own),
        otherSpans: relative(cues.others),
      }),
      why,
      confidence: Math.round(confidence * 100) / 100,
      via,
    } satisfies DetectedClaim;
  };

  let direct: DetectedClaim[] = [];
  if (decision && decision.mentioned.length > 0) {
    const opening = text.slice(start, start + 80);
    for (const candidate of decision.mentioned) {
      const { id, kind } = matcher.entries[candidate.entry]!;
      const first = candidate.evidence[0];
      const subject = first !== undefined && wordsBefore(opening, first.start - start) <= SUBJECT_WORDS;
      remember(state, { entryId: id, kind, subject });
    }
    direct = decision.claims.map(({ candidate, confidence }) => {
      const others = decision.claims
        .filter((c) => c.candidate !== candidate)
        .flatMap((c) => c.candidate.evidence);
      const own = candidate.evidence.filter((hit) => !others.includes(hit));
      const cues = {
        names: candidate.nameHits,
        own,
        others: others.filter((hit) => !candidate.evidence.includes(hit)),
      };
      return claimFor(candidate.entry, whyOf(text, candidate.evidence), confidence, 'direct', cues);
    });
  }
  const mentioned = new Set(decision?.mentioned.map((c) => c.entry) ?? []);
  // "HB 1203 passed the House 77-15": an identifier the article already tied to an item.
  for (const entry of repeatedIdentifiers(matcher, hits, text, start, state, mentioned)) {
    mentioned.add(entry);
    const { id, kind } = matcher.entries[entry]!;
    remember(state, { entryId: id, kind, subject: false });
    const phrase = hits.find((hit) => entryLiterals(matcher, entry).has(hit.state));
    const why = phrase ? [text.slice(phrase.start, phrase.end)] : [];
    direct.push(claimFor(entry, why, REPEAT_CONFIDENCE, 'context', { names: [], own: [], others: [] }));
  }
  // "The bill would codify the order": the sentence names one item and refers back to another.
  const referred = referenceClaims(
    matcher,
    sentence,
    features,
    text,
    start,
    state,
    mentioned,
    (entry, phrase) =>
      claimFor(entry, [phrase], CONTEXT_CONFIDENCE, 'context', { names: [], own: [], others: [] }),
  );
  return [...direct, ...referred];
}

/**
 * Entries named earlier in the article whose identifiers (a term of their names or
 * rules with a digit: "HB 1203", "SB 1025", "71-44") this sentence repeats. Alone
 * such a number is ambiguous across states; after the article has said which bill
 * it means, it is not.
 */
function repeatedIdentifiers(
  matcher: Matcher,
  hits: readonly Hit[],
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
): number[] {
  const numbered = hits.filter((hit) => {
    const term = text.slice(hit.start, hit.end);
    return (
      !matcher.setsOfState.has(hit.state) &&
      IDENTIFIER.test(term) &&
      term.replace(/[^\p{L}\p{N}]/gu, '').length >= 4
    );
  });
  if (numbered.length === 0) return [];
  const recent = new Set(
    state.mentions
      .filter((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)
      .map((m) => m.entryId!),
  );
  const found: number[] = [];
  for (const id of recent) {
    const entry = matcher.entries.findIndex((e) => e.id === id);
    if (entry < 0 || mentioned.has(entry)) continue;
    const literals = entryLiterals(matcher, entry);
    if (!numbered.some((hit) => literals.has(hit.state))) continue;
    // A reserve bill's number repeated without its tie to pension money is still not a claim.
    if (
      matcher.needsTie[entry] === 1 &&
      !tiedToRetirementMoney(matcher, featuresOf(matcher, hits), [], text, start)
    )
      continue;
    found.push(entry);
  }
  return found;
}

/** The term features of an entry's names and rule groups (not its word sets, exclusions or prefer terms). */
function entryLiterals(matcher: Matcher, entry: number): Set<number> {
  const rules = entryRules(matcher, entry);
  const all = [...rules.names, ...rules.rules.flatMap((rule) => rule.groups.flat())];
  return new Set(all.filter((feature) => feature < matcher.states));
}

interface CueScope {
  names: readonly Hit[];
  own: readonly Hit[];
  others: readonly Hit[];
}

/** A sentence with no direct claim may refer back to an item named just before ("The order also...", "It..."). */
function referenceClaims(
  matcher: Matcher,
  sentence: string,
  features: Features,
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
  claimFor: (entry: number, phrase: string) => DetectedClaim,
): DetectedClaim[] {
  // Nothing named recently: no reference can point anywhere, and no sentinel is needed.
  if (state.mentions.length === 0 || state.blocks - state.mentions[state.mentions.length - 1]!.block > 2)
    return [];
  const others = mentioned.size === 0 ? otherItemsNamed(sentence) : [];
  for (const kind of others) remember(state, { entryId: null, kind, subject: false });
  if (others.length > 0) return [];
  const reference = findReference(sentence);
  const named = [...mentioned].map((e) => matcher.entries[e]!);
  // Antecedents, in sentence order: "It would make the order harder to undo" refers to two items.
  const pointers: [entryId: string | null, phrase: string][] = [];
  // Resolve the pronoun before the noun phrase adds its own mention.
  if (startsWithPronoun(sentence))
    pointers.push([pronounAntecedent(state), /\bits?(?:'s|\u2019s)?/i.exec(sentence)?.[0] ?? 'it']);
  if (reference && hasLiveMentions(state) && !named.some((e) => reference.kinds.includes(e.kind))) {
    let entryId = antecedent(state, reference.kinds);
    // "The 2022 release" cannot be an item the KB dates only to other years.
    const target = matcher.entries.find((e) => e.id === entryId);
    if (reference.year && target && !target.timeline.some(([date]) => date.startsWith(reference.year!)))
      entryId = null;
    pointers.push([entryId, reference.phrase]);
  }
  const claims: DetectedClaim[] = [];
  const claimed = new Set(mentioned);
  for (const [entryId, phrase] of pointers) {
    const entry = entryId === null ? -1 : matcher.entries.findIndex((e) => e.id === entryId);
    if (entry < 0 || claimed.has(entry)) continue;
    claimed.add(entry);
    const { kind } = matcher.entries[entry]!;
    remember(state, { entryId, kind, subject: true });
    if (matcher.needsTie[entry] === 1 && !tiedToRetirementMoney(matcher, features, [], text, start)) continue;
    claims.push(claimFor(entry, phrase));
  }
  return claims;
}

function wordsBefore(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split(/\s+/).filter(Boolean).length;
}

/** The page text of the hits that made a claim, in order, without hits nested in longer ones. */
function whyOf(text: string, evidence: readonly Hit[]): string[] {
  const outer = evidence.filter(
    (hit) =>
      !evidence.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
  return [...new Set(outer.map((hit) => text.slice(hit.start, hit.end).replace(/\s+/g, ' ')))];
}
