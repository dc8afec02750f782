import { describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/feed/fetch-feed';
import { afterRedirectTo, endlessBody, fakeServer, stallingBody } from './helpers/fake-fetch';

const FEED = 'https://kb.example.org/statusmark/feed.json';
const SIG = `${FEED}.sig`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('fetchFeed', () => {
  it('downloads the feed and its signature beside it and returns the new validators', async () => {
    const server = fakeServer({
      [FEED]: () =>
        new Response('{"feed":1}', {
          headers: { etag: '"v7"', 'last-modified': 'Fri, 27 Nov 2026 12:00:00 GMT' },
        }),
      [SIG]: () => new Response('{"sig":1}'),
    });
    const result = await fetchFeed({ fetch: server.fetch, url: FEED });
    expect(result.kind).toBe('fetched');
    if (result.kind !== 'fetched') return;
    expect(text(result.body)).toBe('{"feed":1}');
    expect(text(result.signature)).toBe('{"sig":1}');
    expect(result.validators).toEqual({ etag: '"v7"', lastModified: 'Fri, 27 Nov 2026 12:00:00 GMT' });
  });

  it('asks conditionally with the previous validators, sends no cookies and bypasses the HTTP cache', async () => {
    const server = fakeServer({ [FEED]: () => new Response(null, { status: 304 }) });
    const validators = { etag: '"v7"', lastModified: 'Fri, 27 Nov 2026 12:00:00 GMT' };
    expect(await fetchFeed({ fetch: server.fetch, url: FEED, validators })).toEqual({ kind: 'not-modified' });
    const [request] = server.requests;
    expect(request?.headers.get('if-none-match')).toBe('"v7"');
    expect(request?.headers.get('if-modified-since')).toBe('Fri, 27 Nov 2026 12:00:00 GMT');
    expect(request?.credentials).toBe('omit');
    expect(request?.cache).toBe('no-store');
    expect(server.requests).toHaveLength(1);
  });

  it('reports an HTTP error with its status and URL', async () => {
    const server = fakeServer({ [FEED]: () => new Response('oops', { status: 500 }) });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `HTTP 500 from ${FEED}`,
    });
  });

  it('reports a missing signature file', async () => {
    const server = fakeServer({ [FEED]: () => new Response('{}') });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `signature file: HTTP 404 from ${SIG}`,
    });
  });

  it('follows a redirect to https', async () => {
    const moved = 'https://cdn.example.net/feed.json';
    const server = fakeServer({
      [FEED]: () => afterRedirectTo(moved, new Response('{}')),
      [SIG]: () => new Response('{}'),
    });
    expect((await fetchFeed({ fetch: server.fetch, url: FEED })).kind).toBe('fetched');
  });

  it('refuses a redirect to http', async () => {
    const server = fakeServer({
      [FEED]: () => afterRedirectTo('http://kb.example.org/statusmark/feed.json', new Response('{}')),
    });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `${FEED} redirected to http://kb.example.org/statusmark/feed.json: only redirects to https are followed`,
    });
  });

  it('refuses an http feed URL without requesting it, but allows http on loopback', async () => {
    const server = fakeServer({});
    expect(await fetchFeed({ fetch: server.fetch, url: 'http://kb.example.org/feed.json' })).toEqual({
      kind: 'failed',
      reason:
        'the feed URL must use https (plain http only on 127.0.0.1 or localhost): http://kb.example.org/feed.json',
    });
    expect(server.requests).toHaveLength(0);
    const local = await fetchFeed({ fetch: server.fetch, url: 'http://127.0.0.1:8080/feed.json' });
    expect(local).toEqual({ kind: 'failed', reason: 'HTTP 404 from http://127.0.0.1:8080/feed.json' });
  });

  it('stops downloading a body over 5 MB sent without Content-Length', async () => {
    const endless = endlessBody();
    const server = fakeServer({ [FEED]: () => endless.response });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `${FEED} is larger than 5 MB: download stopped`,
    });
    expect(endless.pulled()).toBeLessThanOrEqual(7);
  });

  it('stops a body over 5 MB even when Content-Length claims it is small', async () => {
    const endless = endlessBody({ 'content-length': '100' });
    const server = fakeServer({ [FEED]: () => endless.response });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toMatchObject({ kind: 'failed' });
    expect(endless.pulled()).toBeLessThanOrEqual(7);
  });

  it('refuses a declared Content-Length over 5 MB without reading the body', async () => {
    const endless = endlessBody({ 'content-length': String(6 * 1024 * 1024) });
    const server = fakeServer({ [FEED]: () => endless.response });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `${FEED} is larger than 5 MB: download stopped`,
    });
    expect(endless.pulled()).toBeLessThanOrEqual(1);
  });

  it('gives up when the server does not answer in time', async () => {
    const server = fakeServer({ [FEED]: () => new Promise<Response>(() => {}) });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED, timeoutMs: 50 })).toEqual({
      kind: 'failed',
      reason: `no answer from ${FEED} within 50 ms: timed out`,
    });
  });

  it('gives up when the body stalls half-way', async () => {
    const server = fakeServer({ [FEED]: (request) => stallingBody(request) });
    const result = await fetchFeed({ fetch: server.fetch, url: FEED, timeoutMs: 50 });
    expect(result).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/timed out$/) });
  });

  it('says the check was cancelled when the caller aborts it', async () => {
    const server = fakeServer({ [FEED]: () => new Promise<Response>(() => {}) });
    const controller = new AbortController();
    const pending = fetchFeed({ fetch: server.fetch, url: FEED, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ kind: 'failed', reason: 'the check was cancelled' });
  });

  it('reports a network failure in plain words', async () => {
    const server = fakeServer({
      [FEED]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await fetchFeed({ fetch: server.fetch, url: FEED })).toEqual({
      kind: 'failed',
      reason: `could not reach ${FEED}: Failed to fetch`,
    });
  });
});
