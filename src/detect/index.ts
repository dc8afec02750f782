/**
 * The claim detection engine: DOM-free, shared by the content script, the
 * background (which prepares the matcher) and the statusmark CLI.
 *
 *   const prepared = prepareMatcher(entries);      // once, outside the page
 *   const matcher = loadMatcher(prepared);         // in the page, cheap
 *   const state = createDetectionState();          // one per article
 *   const claims = detectClaims(matcher, blocks, state);
 *   const assessed = assessClaims(matcher, claims, { publishedAt, today });
 */
export { prepareMatcher } from './prepare-matcher';
export { loadMatcher, type Matcher } from './load-matcher';
export type { PreparedMatcher } from './matcher-format';
export { detectClaims } from './detect-claims';
export { createDetectionState, type DetectionState } from './context';
export { assessClaims, type AssessOptions } from './assess-claims';
export type { AssessedClaim, BlockKind, DetectedClaim, MatcherEntry, TextBlock } from './types';
