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
  };
}
