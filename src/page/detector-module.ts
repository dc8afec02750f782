import { assessClaims } from '../detect/assess-claims';
import { createDetectionState } from '../detect/context';
import { detectClaims } from '../detect/detect-claims';
import { loadMatcher, type Matcher } from '../detect/load-matcher';
import { splitSentences } from '../detect/sentences';
import type { PageDetector, PageDetectorFactory } from './page-detector';

/**
 * Detection's first real claims compile its patterns and warm its code: tens of
 * milliseconds, paid before the first scan in tasks of their own, one sentence each
 * (all three in one task came near 50 ms at 10,000 entries). Sentences naming real
 * entries take the same paths a page's claims will.
 */
function warmUpSteps(matcher: Matcher): (() => void)[] {
  const titles = [0, 1, 2].flatMap((i) => matcher.entries.at(i)?.title ?? []);
  const sentences = [
    `${titles[0]} was signed.`,
    `${titles[1] ?? titles[0]} may be rescinded soon.`,
    `The order would be introduced.`,
  ];
  return [
    ...sentences.map((text) => () => {
      detectClaims(matcher, [{ text, kind: 'paragraph' }], createDetectionState());
    }),
    // The entries' index by id, which the first claim's lookup builds: at 10,000 entries its
    // 10,000 ids decoded and a map of them (with the scavenge they set off) were most of a
    // 49 ms detection task on a homepage (traced, F2).
    () => matcher.entries.buildIndex(),
  ];
}

/**
 * The entry of detector.js, the engine's lazily loaded part (see page-detector.ts).
 * What the article named so far is remembered across calls, so a sentence in an
 * appended block can refer back ("The order also...").
 */
export const createPageDetector: PageDetectorFactory = (prepared, tables): PageDetector => {
  const matcher = loadMatcher(prepared, tables);
  let state = createDetectionState();
  return {
    warmUpSteps: [() => void splitSentences('Warm. Up.'), ...warmUpSteps(matcher)],
    detect: (blocks) => detectClaims(matcher, blocks, state),
    assess: (claims, dates) => assessClaims(matcher, claims, dates),
    outcomeOf: (entryId) => matcher.entries.get(entryId)?.outcome?.kind,
    reset() {
      state = createDetectionState();
    },
  };
};
