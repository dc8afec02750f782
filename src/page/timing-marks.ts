import type { ClaimFinder } from './page-text';

/**
 * Timing marks for `npm run bench`: `statusmark:<name>` entries in the page's
 * performance timeline, which the page's own world can read (bench/browser). Only a
 * page that asks for them, with `<html data-statusmark-timing>`, gets any: ordinary
 * pages pay one attribute read per mark and collect no entries.
 */
export const TIMING_ATTRIBUTE = 'data-statusmark-timing';

export function markTiming(name: string, detail?: Record<string, number>): void {
  if (!document.documentElement.hasAttribute(TIMING_ATTRIBUTE)) return;
  performance.mark(`statusmark:${name}`, detail ? { detail } : undefined);
}

/** The finder with a mark before each pass and one after its scan (how many blocks and characters it read). */
export function timedFinder(finder: ClaimFinder): ClaimFinder {
  return {
    reset: finder.reset && (() => finder.reset?.()),
    async find(roots, slicing) {
      markTiming('find-start');
      const found = await finder.find(roots, slicing);
      if (document.documentElement.hasAttribute(TIMING_ATTRIBUTE)) {
        let chars = 0;
        for (const block of found.text.blocks) chars += block.text.length;
        markTiming('scan-done', { blocks: found.text.blocks.length, chars, claims: found.claims.length });
      }
      return found;
    },
  };
}
