import type { PreparedMatcher } from '../detect/matcher-format';

/**
 * Content script -> background, over a named port: "send me the prepared matcher".
 * The background answers with one message and the content script disconnects. A port,
 * not a runtime request, so its answer never races the request/reply router's.
 */
export const MATCHER_PORT = 'statusmark-matcher';

/** What a page needs to find and badge claims: the prepared matcher and which entries are the reader's own. */
export interface PageMatcher {
  prepared: PreparedMatcher;
  /** Entries that are the reader's own, or whose status comes from their verified note: badges say "local". */
  localEntryIds: string[];
  kbVersion: number | null;
}

/** The first answer; when `parts` is over 0, that many MatcherParts follow (see matcher-parts.ts). */
export type MatcherReply = { ok: true; value: PageMatcher; parts?: number } | { ok: false; error: string };

/** A shallow check by hand (loadMatcher checks the tables): no schema library in the content script. */
export function isMatcherReply(message: unknown): message is MatcherReply {
  if (typeof message !== 'object' || message === null || !('ok' in message)) return false;
  if (message.ok === false) return 'error' in message && typeof message.error === 'string';
  if (message.ok !== true || !('value' in message)) return false;
  if ('parts' in message && !(Number.isInteger(message.parts) && (message.parts as number) >= 0))
    return false;
  const value = message.value as Partial<PageMatcher> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.prepared === 'object' &&
    Array.isArray(value.localEntryIds) &&
    value.localEntryIds.every((id) => typeof id === 'string')
  );
}
