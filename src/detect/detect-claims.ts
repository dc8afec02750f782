import { mayLeanOnPlace, notePlace } from './article-place';
import { FLAG_TRIGGER } from './automaton';
import { hasFourWords } from './block-words';
import { hasCandidate } from './candidates';
import { createDetectionState, hasLiveMentions, type DetectionState } from './context';
import { answeredQuestion, heldQuestion, type HeldQuestion } from './forward-heading';
import { forwardPronounClaim } from './forward-pronoun';
import type { Matcher } from './load-matcher';
import { mayReferToOpening } from './referring-phrases';
import { REPEAT_BLOCKS } from './repeated-identifiers';
import { HitBuffer, scanText } from './scan-text';
import { sentenceClaims } from './sentence-claims';
import { featuresOf, type Hit } from './sentence-features';
import { splitSentences } from './sentences';
import type { DetectedClaim, TextBlock } from './types';

/** A block that is only a time of day or a date line: "4:12 p.m.", "10:02 a.m. ET", "Updated 5:30 PM". */
const TIMESTAMP = /^\s*(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?\s*$/i;

/**
 * Finds the sentences that make claims about KB entries. One automaton pass per
 * block; only blocks whose terms could satisfy a rule (or refer back to a recent
 * mention) are cut into sentences, and rules are decided per sentence.
 *
 * `state` carries what the article named so far across calls, so a dynamic page
 * can scan only its new blocks: pass the same state each time (it is updated in
 * place). Claims' blockIndex refers to this call's `blocks`; a heading question the
 * last call ended on, answered by this call's first block, has blockIndex -1.
 */
export function detectClaims(
  matcher: Matcher,
  blocks: readonly TextBlock[],
  state: DetectionState = createDetectionState(),
): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  const buffer = new HitBuffer();
  // A page is detected in steps of a few blocks: a question may wait across calls.
  let question: HeldQuestion | null = state.question;
  blocks.forEach((block, blockIndex) => {
    // A block of four words or more counts as one block of distance for references; datelines,
    // timestamps and bylines ("4:41 p.m.") do not put distance between a mention and a reference.
    const words = hasFourWords(block.text);
    if (words) state.blocks++;
    // A live blog's "10:02 a.m." is no sentence: "Braun called it a win" still follows the post before.
    // But its posts run newest first: a signing in the post above came after the post below.
    else if (TIMESTAMP.test(block.text)) {
      state.inForce.length = 0;
      return;
    }
    const first = claims.length;
    scanBlock(block, blockIndex);
    // "What did the executive order do?": the block below says which item the question means.
    if (question && words) {
      const answer = answeredQuestion(matcher, question, block.text, claims.slice(first));
      question = null;
      if (answer) claims.splice(first, 0, answer);
    }
    if (claims.length === first && words) question = heldQuestion(block.text, blockIndex);
  });
  state.question = question && { ...question, blockIndex: question.blockIndex - blocks.length };
  return claims;

  function scanBlock(block: TextBlock, blockIndex: number): void {
    buffer.clear();
    scanText(matcher.automaton, block.text, buffer);
    let hits: Hit[] | null = null;
    const hitList = () => (hits ??= toHits(buffer));
    if (!worthSegmenting(matcher, buffer, hitList, block.text, state)) {
      notePlace(matcher, buffer, block.text, state);
      return;
    }
    const blockHits = hitList();
    const spans = splitSentences(block.text);
    let openerClaimed = true;
    spans.forEach((span, k) => {
      state.sentences++;
      const inside = blockHits.filter((hit) => hit.start >= span[0] && hit.end <= span[1]);
      const found = sentenceClaims(matcher, block.text, blockIndex, span, inside, state);
      // "It's signed." then the sentence that says what "It" is.
      const forward = openerClaimed
        ? null
        : forwardPronounClaim(matcher, block.text, blockIndex, spans[0]!, found);
      if (forward) claims.push(forward);
      openerClaimed = k > 0 || found.length > 0;
      claims.push(...found);
    });
  }
}

function toHits(buffer: HitBuffer): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < buffer.length; i += 3) {
    hits.push({ state: buffer.data[i]!, start: buffer.data[i + 1]!, end: buffer.data[i + 2]! });
  }
  return hits;
}

/**
 * Most blocks stop here: no term that can start a rule or name ("order", "plan",
 * "fund" alone cannot), or no rule the block's terms satisfy, and nothing named
 * just before for a reference or a repeated identifier to point at.
 */
function worthSegmenting(
  matcher: Matcher,
  buffer: HitBuffer,
  hits: () => Hit[],
  text: string,
  state: DetectionState,
): boolean {
  if (hasLiveMentions(state) || mayLeanOnPlace(state, text) || mayReferToOpening(state, text)) return true;
  if (buffer.length === 0) return false;
  const flags = matcher.automaton.flags;
  let triggers = false;
  for (let i = 0; i < buffer.length && !triggers; i += 3)
    triggers = (flags[buffer.data[i]!]! & FLAG_TRIGGER) !== 0;
  if (!triggers) return false;
  if (state.mentions.some((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)) return true;
  return hasCandidate(matcher, featuresOf(matcher, hits()).present);
}
