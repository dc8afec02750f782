/**
 * The feed URL compiled into this build (STATUSMARK_FEED_URL, see
 * scripts/lib/feed-build-config.ts); undefined outside a build (Node, tests).
 */
declare const __STATUSMARK_DEFAULT_FEED_URL__: string | undefined;

/** The build's default feed URL; "" when the build has none (bundled KB only). */
export function defaultFeedUrl(): string {
  return typeof __STATUSMARK_DEFAULT_FEED_URL__ === 'string' ? __STATUSMARK_DEFAULT_FEED_URL__ : '';
}

/** The feed to check: the user's own choice when set, else the build's default; "" means none. */
export function effectiveFeedUrl(userFeedUrl: string, buildDefault: string = defaultFeedUrl()): string {
  return userFeedUrl.trim() || buildDefault;
}
