import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEV_KEYS_FILE = fileURLToPath(
  new URL('../../tests/fixtures/feed-keys/dev-trusted-keys.json', import.meta.url),
);

/** Build-time environment that shapes the KB feed updater. */
export interface FeedBuildEnv {
  /** "1": also trust the development key (tests/fixtures/feed-keys). Never set for real builds. */
  STATUSMARK_TRUST_DEV_KEY?: string | undefined;
  /** The feed URL the extension checks unless the user sets another; empty = bundled KB only. */
  STATUSMARK_FEED_URL?: string | undefined;
  /** Milliseconds before a feed check gives up, for e2e tests of the timeout (default 30 s). */
  STATUSMARK_FEED_TIMEOUT_MS?: string | undefined;
}

/**
 * Vite `define`s for the feed (see src/feed/trusted-keys.ts and the updater): the
 * dev key is compiled in only on request, so a default build cannot trust it.
 */
export function feedBuildDefines(env: FeedBuildEnv): Record<string, string> {
  const trustDevKey = env.STATUSMARK_TRUST_DEV_KEY === '1';
  const devKeys: unknown = trustDevKey ? JSON.parse(readFileSync(DEV_KEYS_FILE, 'utf8')) : [];
  return {
    __STATUSMARK_DEV_TRUSTED_KEYS__: JSON.stringify(devKeys),
    __STATUSMARK_DEFAULT_FEED_URL__: JSON.stringify(env.STATUSMARK_FEED_URL ?? ''),
    __STATUSMARK_FEED_TIMEOUT_MS__: JSON.stringify(
      /^[1-9]\d*$/.test(env.STATUSMARK_FEED_TIMEOUT_MS ?? '') ? Number(env.STATUSMARK_FEED_TIMEOUT_MS) : null,
    ),
  };
}

/** Hosts a feed may live on: any https site, and loopback for local previews and tests. */
export const FEED_HOST_PATTERNS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Optional host permissions for the feed: none is granted at install; the options
 * page asks for the one feed origin when the user sets or checks a feed. MV2
 * (Firefox) lists optional origins under `optional_permissions`.
 */
export function feedHostPermissions(manifestVersion: number): Record<string, string[]> {
  return manifestVersion === 2
    ? { optional_permissions: FEED_HOST_PATTERNS }
    : { optional_host_permissions: FEED_HOST_PATTERNS };
}
