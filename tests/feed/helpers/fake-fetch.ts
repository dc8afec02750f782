/** Answers one request; may stall (never resolve) to exercise timeouts. */
export type FakeRoute = (request: Request) => Response | Promise<Response>;

export interface FakeServer {
  fetch: typeof globalThis.fetch;
  /** Every request made, in order, as the server saw it. */
  requests: Request[];
}

/**
 * A fetch that answers from a route table keyed by absolute URL, 404 otherwise.
 * Like a browser's fetch, it rejects with the signal's reason when aborted,
 * whether the response has not started or its body is still arriving.
 */
export function fakeServer(routes: Record<string, FakeRoute>): FakeServer {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const signal = init?.signal ?? undefined;
    const route = routes[request.url] ?? (() => new Response('not found', { status: 404 }));
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    // The signal may fire after the answer (a timeout keeps running): nobody awaits it then.
    aborted.catch(() => {});
    return Promise.race([Promise.resolve(route(request)), aborted]);
  };
  return { fetch, requests };
}

/** The response as a browser's fetch returns it after following redirects to `finalUrl`. */
export function afterRedirectTo(finalUrl: string, response: Response): Response {
  Object.defineProperty(response, 'url', { value: finalUrl });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** A response whose body never finishes until the request's signal aborts it. */
export function stallingBody(request: Request, headers: HeadersInit = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"format":'));
      request.signal.addEventListener('abort', () => controller.error(request.signal.reason), { once: true });
    },
  });
  return new Response(body, { headers });
}

/** An endless body of 1 MB chunks; `pulled()` says how many were read. */
export function endlessBody(headers: HeadersInit = {}): { response: Response; pulled: () => number } {
  let chunks = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      chunks++;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(body, { headers }), pulled: () => chunks };
}

/**
 * A static host serving a feed at `url` and its signature beside it, with ETag "v1"
 * (a request carrying it gets a 304). `feedRoute` replaces the feed's answer.
 */
export function feedHost(url: string, signed: { feed: string; signature: string }, feedRoute?: FakeRoute) {
  return fakeServer({
    [url]:
      feedRoute ??
      ((request) =>
        request.headers.get('if-none-match') === '"v1"'
          ? new Response(null, { status: 304 })
          : new Response(signed.feed, { headers: { etag: '"v1"' } })),
    [`${url}.sig`]: () => new Response(signed.signature),
  });
}
