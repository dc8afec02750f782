import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a free port). Routes run first and return true
 * when they answered; everything else comes from the folder.
 */
export async function startStaticServer(dir: string, routes: Route[] = []): Promise<StaticServer> {
  const serveFiles = sirv(dir, { dev: true, etag: true });
  const server = createServer((req, res) => {
    void (async () => {
      for (const route of routes) if (await route(req, res)) return;
      serveFiles(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
