import { findCandidates } from './candidates';
import { chooseClaims, tiedToRetirementMoney } from './choose-claims';
import { claimedStatus } from './claimed-status';
import {
  antecedent,
  createDetectionState,
  findReference,
  hasLiveMentions,
  otherItemsNamed,
  remember,
  type DetectionState,
} from './context';
import type { Matcher } from './load-matcher';
import { HitBuffer, scanText } from './scan-text';
import { featuresOf, hasWordSet, type Hit } from './sentence-features';
import { splitSentences, type Span } from './sentences';
import type { DetectedClaim, TextBlock } from './types';

/** How sure a claim attached through a reference ("The order also...") is. */
const CONTEXT_CONFIDENCE = 0.6;

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
    state.blocks++;
    buffer.clear();
    scanText(matcher.automaton, block.text, buffer);
    if (buffer.length === 0) return;
    const hits: Hit[] = [];
    for (let i = 0; i < buffer.length; i += 3) {
      hits.push({ state: buffer.data[i]!, start: buffer.data[i + 1]!, end: buffer.data[i + 2]! });
    }
    const blockFeatures = featuresOf(matcher, hits);
    const mayRefer = hasLiveMentions(state) && hasWordSet(matcher, blockFeatures, 'reference');
    if (!mayRefer && findCandidates(matcher, blockFeatures).length === 0) return;
    for (const span of splitSentences(block.text)) {
      state.sentences++;
      const inside = hits.filter((hit) => hit.start >= span[0] && hit.end <= span[1]);
      if (inside.length > 0)
        claims.push(...sentenceClaims(matcher, block.text, blockIndex, span, inside, state));
    }
  });
  return claims;
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
  const features = featuresOf(matcher, hits);
  const decision = chooseClaims(matcher, findCandidates(matcher, features), features, text, start);
  const claimFor = (
    entry: number,
    why: string[],
    confidence: number,
    via: DetectedClaim['via'],
    names: readonly Hit[],
  ) => {
    const { id, kind } = matcher.entries[entry]!;
    const nameSpans = names.map((hit): Span => [hit.start - start, hit.end - start]);
    return {
      blockIndex,
      start,
      end,
      sentence,
      entryId: id,
      claimedStatus: claimedStatus(sentence, { kind, nameSpans }),
      why,
      confidence: Math.round(confidence * 100) / 100,
      via,
    } satisfies DetectedClaim;
  };

  if (decision.mentioned.length > 0) {
    for (const entry of decision.mentioned) {
      const { id, kind } = matcher.entries[entry]!;
      remember(state, { entryId: id, kind });
    }
    return decision.claims.map(({ candidate, confidence }) =>
      claimFor(candidate.entry, whyOf(text, candidate.evidence), confidence, 'direct', candidate.nameHits),
    );
  }

  const others = otherItemsNamed(sentence);
  for (const kind of others) remember(state, { entryId: null, kind });
  const reference = others.length === 0 ? findReference(sentence) : null;
  const entryId = reference ? antecedent(state, reference.kinds) : null;
  const entry = entryId === null ? -1 : matcher.entries.findIndex((e) => e.id === entryId);
  if (!reference || entry < 0) return [];
  const { kind, scope } = matcher.entries[entry]!;
  remember(state, { entryId, kind });
  if (scope === 'adjacent' && !tiedToRetirementMoney(matcher, features, [], text, start)) return [];
  return [claimFor(entry, [reference.phrase], CONTEXT_CONFIDENCE, 'context', [])];
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
