import { feedUrlProblem, isAllowedFeedUrl, signatureUrlFor } from './feed-url';
import { FEED_TIMEOUT_MS, MAX_FEED_BYTES, MAX_SIGNATURE_BYTES, formatSize } from './limits';
import { readCapped } from './read-capped';

/** What the server said last time, sent back so an unchanged feed costs a 304. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface FetchFeedOptions {
  /** Injected so tests can use a fake and the extension the browser's own. */
  fetch: typeof globalThis.fetch;
  url: string;
  validators?: FeedValidators | undefined;
  /** For the feed and its signature together. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export type FetchFeedResult =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      body: Uint8Array<ArrayBuffer>;
      signature: Uint8Array<ArrayBuffer>;
      validators: FeedValidators;
    }
  | { kind: 'failed'; reason: string };

type Download =
  | { kind: 'not-modified' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ok'; bytes: Uint8Array<ArrayBuffer>; validators: FeedValidators };

/**
 * Downloads `feed.json` (conditionally) and then `feed.json.sig`. Never throws:
 * every failure comes back as a reason in plain words for the options page.
 * Nothing here decides whether the feed is trustworthy; verifyFeed does.
 */
export async function fetchFeed(options: FetchFeedOptions): Promise<FetchFeedResult> {
  const problem = feedUrlProblem(options.url);
  if (problem) return { kind: 'failed', reason: problem };
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const get = (url: string, maxBytes: number, headers: Record<string, string>) =>
    download({ fetch: options.fetch, url, maxBytes, headers, signal, timeoutMs });

  const feed = await get(options.url, MAX_FEED_BYTES, conditionalHeaders(options.validators));
  if (feed.kind !== 'ok') return feed;
  const signature = await get(signatureUrlFor(options.url), MAX_SIGNATURE_BYTES, {});
  if (signature.kind === 'failed') return { kind: 'failed', reason: `signature file: ${signature.reason}` };
  if (signature.kind === 'not-modified') {
    return { kind: 'failed', reason: 'signature file: the server answered 304 to an unconditional request' };
  }
  return { kind: 'fetched', body: feed.bytes, signature: signature.bytes, validators: feed.validators };
}

function conditionalHeaders(validators: FeedValidators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

interface DownloadRequest {
  fetch: typeof globalThis.fetch;
  url: string;
  maxBytes: number;
  headers: Record<string, string>;
  signal: AbortSignal;
  timeoutMs: number;
}

async function download({
  fetch,
  url,
  maxBytes,
  headers,
  signal,
  timeoutMs,
}: DownloadRequest): Promise<Download> {
  try {
    // `no-store`: we send our own validators and want the server's 304, not the HTTP cache's copy.
    // Redirects are followed (in browsers a manual redirect hides its target), then the final URL
    // is checked; the signature, not the path, is what makes the content trustworthy.
    const response = await fetch(url, { headers, signal, cache: 'no-store', credentials: 'omit' });
    const finalUrl = response.url || url;
    if (!URL.canParse(finalUrl) || !isAllowedFeedUrl(new URL(finalUrl))) {
      await response.body?.cancel();
      return failed(`${url} redirected to ${finalUrl}: only redirects to https are followed`);
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel();
      return failed(`HTTP ${response.status} from ${url}`);
    }
    const body = await readCapped(response, maxBytes);
    if (body.tooLarge) return failed(`${url} is larger than ${formatSize(maxBytes)}: download stopped`);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      kind: 'ok',
      bytes: body.bytes,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch (error) {
    if (signal.aborted && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError') {
      const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
      return failed(`no answer from ${url} within ${limit}: timed out`);
    }
    if (signal.aborted) return failed('the check was cancelled');
    return failed(`could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failed(reason: string): Download {
  return { kind: 'failed', reason };
}
