import type { ServerResponse } from 'node:http';
import { startStaticServer } from '../../../scripts/lib/static-server';

/** What the feed URL answers next. */
export type FeedAnswer =
  | { kind: 'feed'; feed: string; signature: string }
  | { kind: 'status'; status: number }
  /** Headers and the first bytes, then nothing: the extension's timeout must end it. */
  | { kind: 'stall' }
  /** 6 MB sent in chunks with no Content-Length. */
  | { kind: 'huge' }
  /** A redirect to plain http on a host that is not loopback (mapped to 127.0.0.1 by the browser). */
  | { kind: 'redirect-to-http' };

/** A host name the test browser resolves to 127.0.0.1 (--host-resolver-rules): plain http, not loopback. */
export const NON_LOOPBACK_HOST = 'feeds.statusmark.test';

export interface FeedHost {
  origin: string;
  feedUrl: string;
  serve(answer: FeedAnswer): void;
  close(): Promise<void>;
}

/**
 * A static host for the e2e feed tests: serves `dir` (the fixture article) and a
 * feed at /feed.json + /feed.json.sig whose answer the test switches at will. Feed
 * answers carry `Access-Control-Allow-Origin: *`, as most CDNs send.
 */
export async function startFeedHost(dir: string): Promise<FeedHost> {
  let answer: FeedAnswer = { kind: 'status', status: 404 };
  let lastFeed: Extract<FeedAnswer, { kind: 'feed' }> | null = null;
  const server = await startStaticServer(dir, [
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== '/feed.json' && path !== '/feed.json.sig') return false;
      const redirected = req.headers.host?.startsWith(NON_LOOPBACK_HOST) ?? false;
      // The redirect's target serves the last feed (or a 404): never another redirect.
      const current = redirected ? (lastFeed ?? { kind: 'status', status: 404 }) : answer;
      res.setHeader('access-control-allow-origin', '*');
      answerWith(res, current, path === '/feed.json.sig', port());
      return true;
    },
  ]);
  const port = () => new URL(server.origin).port;
  return {
    origin: server.origin,
    feedUrl: `${server.origin}/feed.json`,
    serve(next) {
      answer = next;
      if (next.kind === 'feed') lastFeed = next;
    },
    close: () => server.close(),
  };
}

function answerWith(res: ServerResponse, answer: FeedAnswer, signature: boolean, port: string): void {
  switch (answer.kind) {
    case 'feed':
      res.setHeader('content-type', 'application/json');
      res.end(signature ? answer.signature : answer.feed);
      return;
    case 'status':
      res.statusCode = answer.status;
      res.end('error');
      return;
    case 'stall':
      res.setHeader('content-type', 'application/json');
      res.write('{"format":');
      return;
    case 'huge': {
      res.setHeader('content-type', 'application/json');
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 6; i++) res.write(chunk);
      res.end();
      return;
    }
    case 'redirect-to-http':
      res.statusCode = 302;
      res.setHeader('location', `http://${NON_LOOPBACK_HOST}:${port}/feed.json`);
      res.end();
      return;
  }
}
