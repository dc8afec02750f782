import type { ClaimFinder, PageText } from '../../../src/page/page-text';
import { scanRoots } from '../../../src/page/scan-roots';
import { claimsIn } from './fake-finder';
import { simplePageText } from './simple-page-text';

/** Several roots' texts seen as one, as the engine finder joins them. */
function joined(parts: PageText[]): PageText {
  const where = parts.flatMap((part, p) => part.blocks.map((_, i) => [p, i] as const));
  const at = (i: number) => where[i] ?? ([-1, -1] as const);
  return {
    blocks: parts.flatMap((part) => part.blocks),
    locate: (i, offset) => parts[at(i)[0]]?.locate(at(i)[1], offset) ?? null,
    blockElement: (i) => parts[at(i)[0]]?.blockElement(at(i)[1]) ?? null,
  };
}

/**
 * The fake finder's claims, read root by root as the engine finder reads a page
 * (scan roots, open shadow roots included), reporting the shadow roots it read.
 */
export const scanRootFinder: ClaimFinder = {
  async find(root) {
    const shadowRoots: ShadowRoot[] = [];
    const text = joined(scanRoots(root, 800, shadowRoots).map(simplePageText));
    return { text, claims: claimsIn(text), shadowRoots };
  },
};
