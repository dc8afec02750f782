import type { Matcher } from './load-matcher';
import type { Hit } from './sentence-features';

/** A number with letters or a dash ("HB 1203", "71-44", "2025-01"); not a bare year or "401(k)" (a shared word). */
const IDENTIFIER =
  /^(?=.*\d)(?=.*[\p{L}-])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)/iu;

/**
 * Whether the hit is an item's own identifier: a term of its own (no shared word set)
 * that is a number with letters or a dash, of four letters and digits at least.
 */
export function isIdentifierHit(matcher: Matcher, hit: Hit, text: string): boolean {
  if (matcher.setsOfState.has(hit.state)) return false;
  const term = text.slice(hit.start, hit.end);
  return IDENTIFIER.test(term) && term.replace(/[^\p{L}\p{N}]/gu, '').length >= 4;
}
