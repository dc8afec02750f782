import {
  joinedPageText,
  type BadgeClaim,
  type ClaimFinder,
  type PageText,
} from '../../../src/page/page-text';
import type { Status } from '../../../src/kb/schema';
import { simplePageText } from './simple-page-text';

export const EO_ID = 'us-eo-14330-alt-assets-401k';
export const EO_TITLE = 'Executive Order 14330';

/**
 * A stand-in for the engine in unit tests of the annotation (the engine has its own
 * tests): a sentence naming "the order" is a claim about the executive order, reported
 * when it says "may", official when it says "signed".
 */
export function claimsIn(text: PageText): BadgeClaim[] {
  const claims: BadgeClaim[] = [];
  text.blocks.forEach((block, blockIndex) => {
    for (const match of block.text.matchAll(/[^.!?]*\border\b[^.!?]*[.!?]/g)) {
      const lead = match[0].length - match[0].trimStart().length;
      const start = (match.index ?? 0) + lead;
      const sentence = match[0].trim();
      const claimedStatus: Status | null = /\bmay\b/.test(sentence)
        ? 'reported'
        : /\bsigned\b/.test(sentence)
          ? 'official'
          : null;
      claims.push({
        blockIndex,
        start,
        end: start + sentence.length,
        sentence,
        entryId: EO_ID,
        claimedStatus,
        why: ['order'],
        confidence: 0.9,
        via: 'direct',
        entryTitle: EO_TITLE,
        statusAtPublication: 'reported',
        currentStatus: 'official',
        currentSince: '2025-08-07',
        outdated: claimedStatus === 'reported',
        note: claimedStatus === 'reported' ? 'Reported 2025-07-17 \u00b7 signed 2025-08-07' : '',
      });
    }
  });
  return claims;
}

export const fakeFinder: ClaimFinder = {
  async find(roots) {
    const text = joinedPageText(roots.map(simplePageText));
    return { text, claims: claimsIn(text) };
  },
};
