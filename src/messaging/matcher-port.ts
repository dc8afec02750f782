import type { PreparedMatcher } from '../detect/matcher-format';

/**
 * Content script -> background, over a named port: "send me the prepared matcher".
 * The background answers with one message and the content script disconnects. A port,
 * not a runtime request, so its answer never races the request/reply router's.
 */
export const MATCHER_PORT = 'statusmark-matcher';

/**
 * Content script -> background, over a port of this name: "send me the rest of the
 * matcher" (see matcher-parts.ts), with one MatcherRestRequest (protocol.ts) naming the
 * matcher it has.
 */
export const MATCHER_REST_PORT = 'statusmark-matcher-rest';

/** What a page needs to find and badge claims: the prepared matcher and which entries are the reader's own. */
export interface PageMatcher {
  prepared: PreparedMatcher;
  /** Entries that are the reader's own, or whose status comes from their verified note: badges say "local". */
  localEntryIds: string[];
  kbVersion: number | null;
  /**
   * Set when the tables and entries the detector reads did not come with the matcher: the
   * key to ask for them by (on MATCHER_REST_PORT). It names the KB state the matcher was
   * prepared from, so a page never joins parts of two different matchers.
   */
  rest?: string;
}

/** The first answer; when `parts` is over 0, that many MatcherParts follow (see matcher-parts.ts). */
export type MatcherReply = { ok: true; value: PageMatcher; parts?: number } | { ok: false; error: string };

/**
 * The answer to a RestRequest: that many MatcherParts follow; or why not (the KB changed
 * since the page's matcher was prepared: the page then asks for a whole new one).
 */
export type RestReply = { ok: true; parts: number } | { ok: false; error: string };

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/** A check by hand, like isMatcherReply. */
export function isRestReply(message: unknown): message is RestReply {
  if (typeof message !== 'object' || message === null || !('ok' in message)) return false;
  if (message.ok === false) return 'error' in message && typeof message.error === 'string';
  return message.ok === true && 'parts' in message && isCount(message.parts);
}

/** A shallow check by hand (loadMatcher checks the tables): no schema library in the content script. */
export function isMatcherReply(message: unknown): message is MatcherReply {
  if (typeof message !== 'object' || message === null || !('ok' in message)) return false;
  if (message.ok === false) return 'error' in message && typeof message.error === 'string';
  if (message.ok !== true || !('value' in message)) return false;
  if ('parts' in message && !isCount(message.parts)) return false;
  const value = message.value as Partial<PageMatcher> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.prepared === 'object' &&
    Array.isArray(value.localEntryIds) &&
    value.localEntryIds.every((id) => typeof id === 'string') &&
    (value.rest === undefined || typeof value.rest === 'string')
  );
}
