import { joinedPageText, type ClaimFinder } from '../../../src/page/page-text';
import { scanRoots } from '../../../src/page/scan-roots';
import { claimsIn } from './fake-finder';
import { simplePageText } from './simple-page-text';

/**
 * The fake finder's claims, read root by root as the engine finder reads a page
 * (scan roots, open shadow roots included), reporting the shadow roots it read.
 */
export const scanRootFinder: ClaimFinder = {
  async find(roots) {
    const shadowRoots: ShadowRoot[] = [];
    const read = roots.flatMap((root) => scanRoots(root, 800, shadowRoots));
    const text = joinedPageText(read.map(simplePageText));
    return { text, claims: claimsIn(text), shadowRoots };
  },
};
