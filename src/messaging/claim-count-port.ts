/**
 * Content script -> background, over a named port: how many claims the page has (for
 * the toolbar icon). A port rather than a request: it is fire-and-forget, the sender's
 * tab comes with the connection, and it stays out of the request/reply protocol.
 */
export const CLAIM_COUNT_PORT = 'statusmark-claim-count';

export interface ClaimCountMessage {
  count: number;
}

/** Checked by hand: the content script's bundle carries no schema library for this. */
export function isClaimCountMessage(message: unknown): message is ClaimCountMessage {
  if (typeof message !== 'object' || message === null || !('count' in message)) return false;
  const { count } = message;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 && count < 1e6;
}
