import { assessClaims } from '../detect/assess-claims';
import { createDetectionState } from '../detect/context';
import { detectClaims } from '../detect/detect-claims';
import { loadMatcher, type Matcher } from '../detect/load-matcher';
import { splitSentences } from '../detect/sentences';
import type { DetectedClaim, TextBlock } from '../detect/types';
import { extractPageText, type ExtractedText } from '../extract/extract-blocks';
import type { PageMatcher } from '../messaging/matcher-port';
import type { BadgeClaim, ClaimFinder, PageText } from './page-text';
import { runInSlices, yieldToPage } from './scheduler';
import { detectionPieces } from './detection-pieces';
import { eachScanRoot } from './scan-roots';

/** Detection steps aim at this many milliseconds, so several fit in one 16 ms slice. */
const STEP_TARGET_MS = 4;

export interface EngineFinderOptions {
  /** The article's publication date as the page states it now (ISO), or null. */
  publishedAt(): string | null;
  today(): string;
}

/** The texts of several roots read one at a time, seen as one PageText. */
function joined(parts: ExtractedText[]): PageText {
  const blocks: TextBlock[] = [];
  const where: [part: number, index: number][] = [];
  parts.forEach((part, p) => part.blocks.forEach((block, i) => (blocks.push(block), where.push([p, i]))));
  const at = (i: number) => where[i] ?? [-1, -1];
  return {
    blocks,
    locate: (i, offset) => parts[at(i)[0]]?.locate(at(i)[1], offset) ?? null,
    blockElement: (i) => parts[at(i)[0]]?.blockElement(at(i)[1]) ?? null,
  };
}

/**
 * Detection's first real claims compile its patterns and warm its code: tens of
 * milliseconds, paid before the first scan in a task of their own.
 * A few sentences naming real entries take the same paths a page's claims will.
 */
function warmUp(matcher: Matcher): void {
  const titles = matcher.entries.slice(0, 3).map((entry) => entry.title);
  const text = titles
    .map(
      (title, i) =>
        [`${title} was signed.`, `${title} may be rescinded soon.`, `The order would be introduced.`][i],
    )
    .join(' ');
  detectClaims(matcher, [{ text, kind: 'paragraph' }], createDetectionState());
}

/**
 * The engine in the page: extraction (src/extract), detection and assessment
 * (src/detect) over the prepared matcher the background sent. Large pages are read
 * root by root and detected in steps sized to take a few milliseconds, all inside the
 * 16 ms slices. What the article named so far is remembered across calls, so a
 * sentence in an appended block can refer back ("The order also..."); reset() starts
 * a new article (SPA route).
 */
export function engineFinder(page: PageMatcher, options: EngineFinderOptions): ClaimFinder {
  const matcher = loadMatcher(page.prepared);
  let warm = false;
  const local = new Set(page.localEntryIds);
  const outcomes = new Map(
    page.prepared.entries.flatMap((e) => (e.outcome ? [[e.id, e.outcome.kind] as const] : [])),
  );
  let state = createDetectionState();
  return {
    reset() {
      state = createDetectionState();
    },
    async find(root, slicing) {
      if (!warm) {
        // The matcher arrived in this task and was loaded in it: the page goes first.
        // The sentence segmenter's first use (ICU data) and the warm-up each get a task
        // of their own (together over 50 ms on a busy machine), then the scan starts.
        warm = true;
        const yieldFn = slicing.yieldFn ?? yieldToPage;
        await yieldFn();
        splitSentences('Warm. Up.');
        await yieldFn();
        warmUp(matcher);
        await yieldFn();
      }
      const parts: ExtractedText[] = [];
      const shadowRoots: ShadowRoot[] = [];
      const roots = eachScanRoot(root, undefined, shadowRoots);
      await runInSlices(roots, (r) => void (r && parts.push(extractPageText(r))), slicing);
      const text = joined(parts);
      const pieces = detectionPieces(text.blocks);
      const detected: DetectedClaim[] = [];
      let size = 16;
      function* steps() {
        // `size` adapts as steps run; each step covers exactly the blocks it was given.
        for (let start = 0, count = size; start < pieces.blocks.length; start += count, count = size) {
          yield [start, count] as const;
        }
      }
      await runInSlices(
        steps(),
        ([start, count]) => {
          const began = performance.now();
          for (const claim of detectClaims(matcher, pieces.blocks.slice(start, start + count), state)) {
            detected.push({ ...claim, ...pieces.place(claim.blockIndex + start, claim.start, claim.end) });
          }
          const took = performance.now() - began;
          size = Math.max(4, Math.min(512, Math.round((count * STEP_TARGET_MS) / Math.max(took, 0.5))));
        },
        slicing,
      );
      const assessed = assessClaims(matcher, detected, {
        publishedAt: options.publishedAt(),
        today: options.today(),
      });
      const claims: BadgeClaim[] = assessed.map((claim) => {
        const outcome = outcomes.get(claim.entryId);
        return { ...claim, ...(local.has(claim.entryId) && { local: true }), ...(outcome && { outcome }) };
      });
      return { text, claims, shadowRoots };
    },
  };
}
