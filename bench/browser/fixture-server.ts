import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_NAMES, fixture, type FixtureName } from '../fixtures/fixtures';
import { TIMING_ATTRIBUTE } from '../../src/page/timing-marks';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the fixtures at /F1, /F2, /F3 on 127.0.0.1, for any Host: the browser maps
 * every `*.test` name here, so each run can load its page from a site of its own.
 * Pages ask the content script for its timing marks (see src/page/timing-marks.ts).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>(
    FIXTURE_NAMES.map((name: FixtureName) => [
      `/${name}`,
      fixture(name).html.replace('<html lang="en">', `<html lang="en" ${TIMING_ATTRIBUTE}>`),
    ]),
  );
  const server = createServer((req, res) => {
    const html = pages.get((req.url ?? '').split('?')[0]!);
    res.writeHead(html ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
