import { phrases } from './phrase-book';
import { claimedStatus } from './claimed-status';
import type { Matcher } from './load-matcher';
import type { Span } from './sentences';
import type { DetectedClaim } from './types';

/**
 * "It's signed. President Trump has signed the executive order...": live blogs and
 * briefs open a post with a short "It" sentence that the next sentence explains. When
 * such a sentence opens a block and the next sentence names exactly one item, the "It"
 * is that item.
 */
/** How sure a claim is whose "It" points forward to the next sentence. */
const FORWARD_CONFIDENCE = 0.5;

export function forwardPronounClaim(
  matcher: Matcher,
  text: string,
  blockIndex: number,
  [start, end]: Span,
  next: readonly DetectedClaim[],
): DetectedClaim | null {
  const sentence = text.slice(start, end);
  if (!phrases().SHORT_IT.test(sentence)) return null;
  const named = new Set(next.filter((claim) => claim.via === 'direct').map((claim) => claim.entryId));
  if (named.size !== 1) return null;
  const [entryId] = named;
  const entry = matcher.entries.get(entryId!);
  if (!entry) return null;
  const it = /\bit/i.exec(sentence)!;
  return {
    blockIndex,
    start,
    end,
    sentence,
    entryId: entry.id,
    claimedStatus: claimedStatus(sentence, {
      kind: entry.kind,
      nameSpans: [],
      ownSpans: [[it.index, it.index + 2]],
    }),
    why: [sentence.slice(it.index, it.index + 2)],
    confidence: FORWARD_CONFIDENCE,
    via: 'context',
  };
}
