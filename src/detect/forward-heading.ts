import { claimedStatus } from './claimed-status';
import type { Matcher } from './load-matcher';
import { findReferences, type Reference } from './referring-phrases';
import { asks } from './status-defaults';
import type { DetectedClaim } from './types';

/**
 * "What did the executive order do?" / "Executive Order 14330, signed Aug. 7, directs...":
 * explainers ask about an item by its kind in a heading and name it in the answer just
 * below. A question that refers to nothing named before is held; when the next block
 * names exactly one item its phrase fits, the question is about that item.
 */
export interface HeldQuestion {
  blockIndex: number;
  /** The question and its span in its block. */
  sentence: string;
  start: number;
  reference: Reference;
}

/** How sure a claim is whose question is answered by the block below it. */
const FORWARD_CONFIDENCE = 0.5;

/** A heading's length at most: a longer question is a paragraph's, which does not wait for an answer. */
const MAX_QUESTION = 120;

/** The question a block asks about an item it does not name, or null. */
export function heldQuestion(text: string, blockIndex: number): HeldQuestion | null {
  if (text.length > MAX_QUESTION || (!/\?\s*$/.test(text) && !asks(text))) return null;
  const sentence = text.trim();
  const reference = findReferences(sentence).find(
    (r) =>
      r.form === 'definite' &&
      // "the order", "the rule", "the bill"; not "the plan", "the move", "the letter", which could be anything.
      !r.generic &&
      // "What did Biden's order do?" names an item of its own.
      !r.modifiers.some(({ start }) => /^\p{Lu}/u.test(sentence.charAt(start))),
  );
  const start = text.length - text.trimStart().length;
  return reference ? { blockIndex, sentence, start, reference } : null;
}

/**
 * The claim of a held question, when the first sentence of the block below (the answer's
 * own opening, not an aside further down) names exactly one item its phrase fits.
 */
export function answeredQuestion(
  matcher: Matcher,
  held: HeldQuestion,
  belowText: string,
  below: readonly DetectedClaim[],
): DetectedClaim | null {
  const { reference, sentence, start } = held;
  const opening = belowText.length - belowText.trimStart().length;
  const fits = new Set<string>();
  for (const claim of below) {
    if (claim.via !== 'direct' || claim.start !== opening) continue;
    const entry = matcher.entries.get(claim.entryId);
    if (!entry || !reference.kinds.includes(entry.kind)) continue;
    const year = reference.year;
    if (year && !entry.timeline.some(([date]) => date.startsWith(year))) continue;
    fits.add(entry.id);
  }
  if (fits.size !== 1) return null;
  const [entryId] = fits;
  const entry = matcher.entries.get(entryId!)!;
  return {
    blockIndex: held.blockIndex,
    start,
    end: start + sentence.length,
    sentence,
    entryId: entry.id,
    claimedStatus: claimedStatus(sentence, {
      kind: entry.kind,
      nameSpans: [],
      ownSpans: [[reference.start, reference.end]],
    }),
    why: [sentence.slice(reference.start, reference.end)],
    confidence: FORWARD_CONFIDENCE,
    via: 'context',
  };
}
