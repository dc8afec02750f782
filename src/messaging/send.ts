import { browser } from 'wxt/browser';
import type { ContentRequest } from './protocol';
import type { PageRequest } from './page-protocol';
import type { BackgroundResponses } from './responses';
import { unwrapReply } from './reply';

/**
 * Typed senders to the background. Only types are imported from the protocols, so
 * the content script's bundle gets no schema code from here. Both throw
 * RequestError (reply.ts) when the background refuses or fails.
 */

/** From an extension page (popup, options): reads and writes. */
export async function requestFromPage<R extends PageRequest>(
  request: R,
): Promise<BackgroundResponses[R['type']]> {
  return unwrapReply(await browser.runtime.sendMessage(request));
}

/** From a content script: read-only requests. */
export async function requestFromContent<R extends ContentRequest>(
  request: R,
): Promise<BackgroundResponses[R['type']]> {
  return unwrapReply(await browser.runtime.sendMessage(request));
}
