import { assessClaims } from '../detect/assess-claims';
import { createDetectionState } from '../detect/context';
import { detectClaims } from '../detect/detect-claims';
import { loadMatcher } from '../detect/load-matcher';
import type { DetectedClaim } from '../detect/types';
import { extractPageText } from '../extract/extract-blocks';
import type { PageMatcher } from '../messaging/matcher-port';
import type { BadgeClaim, ClaimFinder } from './page-text';
import { runInSlices } from './scheduler';

/** Blocks per detection step: small enough that one step stays far below a slice. */
const BLOCKS_PER_STEP = 64;

export interface EngineFinderOptions {
  /** The article's publication date as the page states it now (ISO), or null. */
  publishedAt(): string | null;
  today(): string;
}

/**
 * The engine in the page: extraction (src/extract), detection and assessment
 * (src/detect) over the prepared matcher the background sent. What the article
 * named so far is remembered across calls, so a sentence in an appended block can
 * refer back ("The order also..."); a new session (SPA route) starts afresh.
 */
export function engineFinder(page: PageMatcher, options: EngineFinderOptions): ClaimFinder {
  const matcher = loadMatcher(page.prepared);
  const local = new Set(page.localEntryIds);
  let state = createDetectionState();
  return {
    reset() {
      state = createDetectionState();
    },
    async find(root, slicing) {
      const text = extractPageText(root);
      const steps = [];
      for (let start = 0; start < text.blocks.length; start += BLOCKS_PER_STEP) steps.push(start);
      const detected: DetectedClaim[] = [];
      await runInSlices(
        steps,
        (start) => {
          const found = detectClaims(matcher, text.blocks.slice(start, start + BLOCKS_PER_STEP), state);
          for (const claim of found) detected.push({ ...claim, blockIndex: claim.blockIndex + start });
        },
        slicing,
      );
      const assessed = assessClaims(matcher, detected, {
        publishedAt: options.publishedAt(),
        today: options.today(),
      });
      const claims: BadgeClaim[] = assessed.map((claim) =>
        local.has(claim.entryId) ? { ...claim, local: true } : claim,
      );
      return { text, claims };
    },
  };
}
