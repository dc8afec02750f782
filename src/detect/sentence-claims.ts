import { actorOf, withActor } from './actor-carry';
import { withArticlePlace } from './article-place';
import { findCandidates } from './candidates';
import { chooseClaims } from './choose-claims';
import { claimedStatus } from './claimed-status';
import { hasLiveMentions, remember, type DetectionState } from './context';
import type { Matcher } from './load-matcher';
import { referenceClaims } from './reference-claims';
import { entryLiterals, repeatedIdentifiers } from './repeated-identifiers';
import { featuresOf, withoutFalseFriends, withoutNegatedTopics, type Hit } from './sentence-features';
import type { Span } from './sentences';
import type { DetectedClaim } from './types';

/** How sure a claim attached through a reference ("The order also...", "It now goes...") is. */
const CONTEXT_CONFIDENCE = 0.6;
/** How sure a claim is whose identifier the article tied to the item earlier ("HB 1203 passed..."). */
const REPEAT_CONFIDENCE = 0.75;
/** An item whose first term starts within this many words of its sentence's start is its subject. */
const SUBJECT_WORDS = 5;

/** A claim of a sentence before its status is read: what it is about and the words that say so. */
interface Found {
  entry: number;
  why: string[];
  confidence: number;
  via: DetectedClaim['via'];
  /** Hits of the entry's names, and the spans of the sentence that are about this entry. */
  names: readonly Hit[];
  own: readonly Hit[];
}

/**
 * The claims of one sentence: the items it names and the rules they satisfy, identifiers
 * the article tied to an item earlier, and references back; each with the status its own
 * words claim. What the sentence names is remembered in `state` for the sentences after it.
 */
export function sentenceClaims(
  matcher: Matcher,
  text: string,
  blockIndex: number,
  [start, end]: Span,
  sentenceHits: Hit[],
  state: DetectionState,
): DetectedClaim[] {
  const sentence = text.slice(start, end);
  const placed = withArticlePlace(matcher, sentenceHits, text, [start, end], state);
  const hits = hasLiveMentions(state) ? withActor(matcher, sentence, start, placed, state) : placed;
  const features = featuresOf(
    matcher,
    withoutNegatedTopics(matcher, withoutFalseFriends(hits, text), text, start),
  );
  const decision =
    hits.length > 0 ? chooseClaims(matcher, findCandidates(matcher, features), features, text, start) : null;

  const found: Found[] = [];
  if (decision && decision.mentioned.length > 0) {
    const opening = text.slice(start, start + 80);
    for (const candidate of decision.mentioned) {
      const { id, kind } = matcher.entries.at(candidate.entry)!;
      const first = candidate.evidence.find((hit) => hit.end > hit.start);
      const subject = first !== undefined && wordsBefore(opening, first.start - start) <= SUBJECT_WORDS;
      remember(state, { entryId: id, kind, subject, actor: actorOf(matcher, text, candidate.evidence) });
    }
    for (const { candidate, confidence } of decision.claims) {
      const others = decision.claims
        .filter((c) => c.candidate !== candidate)
        .flatMap((c) => c.candidate.evidence);
      found.push({
        entry: candidate.entry,
        why: whyOf(text, candidate.evidence),
        confidence,
        via: 'direct',
        names: candidate.nameHits,
        // Not the words another item shares, nor words inside another item's longer term
        // ("investment board" inside "State of Wisconsin Investment Board").
        own: candidate.evidence.filter(
          (hit) => !others.some((o) => o === hit || (o.start <= hit.start && o.end >= hit.end)),
        ),
      });
    }
  }
  const mentioned = new Set(decision?.mentioned.map((c) => c.entry) ?? []);
  // Items the sentence is about but claims nothing of ("...while New Hampshire's HB 302 became
  // law" with no pension tie): their verbs are still theirs.
  const silent = (decision?.mentioned ?? [])
    .filter((c) => !decision!.claims.some((claimed) => claimed.candidate === c))
    .flatMap((c) => c.evidence.filter((hit) => hit.end > hit.start));
  // "HB 1203 passed the House 77-15": an identifier the article already tied to an item.
  for (const entry of repeatedIdentifiers(matcher, hits, text, start, state, mentioned)) {
    mentioned.add(entry);
    const { id, kind } = matcher.entries.at(entry)!;
    remember(state, { entryId: id, kind, subject: false });
    const phrase = hits.find((hit) => entryLiterals(matcher, entry).has(hit.state));
    const why = phrase ? [text.slice(phrase.start, phrase.end)] : [];
    found.push({
      entry,
      why,
      confidence: REPEAT_CONFIDENCE,
      via: 'context',
      names: [],
      own: phrase ? [phrase] : [],
    });
  }
  // "The bill would codify the order": the sentence names one item and refers back to another.
  const pointers = referenceClaims(matcher, sentence, hits, features, text, start, state, mentioned);
  for (const pointer of pointers) {
    const span = { state: -1, start: pointer.start, end: pointer.end };
    const why = [text.slice(pointer.start, pointer.end)];
    found.push({
      entry: pointer.entry,
      why,
      confidence: CONTEXT_CONFIDENCE,
      via: 'context',
      names: [],
      own: [span],
    });
  }

  const relative = (list: readonly Hit[]) => list.map((hit): Span => [hit.start - start, hit.end - start]);
  // "That release was replaced with a neutral release": the words of a phrase that refers back
  // are that item's, not the named item's that shares a word set with it.
  const referring = found.filter((c) => c.via === 'context').flatMap((c) => c.own);
  for (const claim of found)
    if (claim.via === 'direct')
      claim.own = claim.own.filter((hit) => !referring.some((p) => p.start <= hit.start && p.end >= hit.end));
  const claims = found.map((claim) => {
    const { id, kind } = matcher.entries.at(claim.entry)!;
    // A verb nearer another claimed item's words than this one's is about that item.
    const rest = found.filter((c) => c !== claim && c.entry !== claim.entry);
    // ...unless the two are joined as one subject ("Texas and New Hampshire have put..."): then it is both's.
    const others = rest
      .filter((c) => !c.own.some((hit) => claim.own.some((own) => coordinated(text, own, hit))))
      .flatMap((c) => c.own)
      .concat(silent)
      .filter((hit) => !claim.own.includes(hit));
    return {
      blockIndex,
      start,
      end,
      sentence,
      entryId: id,
      claimedStatus: claimedStatus(sentence, {
        kind,
        nameSpans: relative(claim.names),
        ownSpans: relative(claim.own),
        otherSpans: relative(others),
        otherKinds: rest.map((c) => matcher.entries.kindAt(c.entry)!),
        inForce: state.inForce.includes(id),
      }),
      why: claim.why,
      confidence: Math.round(claim.confidence * 100) / 100,
      via: claim.via,
    } satisfies DetectedClaim;
  });
  for (const claim of claims)
    if (claim.claimedStatus === 'official' && !state.inForce.includes(claim.entryId))
      state.inForce.push(claim.entryId);
  return claims;
}

/** Whether two hits are conjuncts of one phrase: "Texas and New Hampshire", "Florida, Oklahoma". */
function coordinated(text: string, a: Hit, b: Hit): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return (
    first.end <= second.start && /^\s*(?:,\s*)?(?:and|or|&|,)\s*$/.test(text.slice(first.end, second.start))
  );
}

function wordsBefore(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split(/\s+/).filter(Boolean).length;
}

/** The page text of the hits that made a claim, in order, without hits nested in longer ones. */
function whyOf(text: string, evidence: readonly Hit[]): string[] {
  const outer = evidence.filter(
    (hit) =>
      hit.end > hit.start &&
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
