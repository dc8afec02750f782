/**
 * Where a feed may come from: https only, so that nobody on the network path can
 * see or steer the check. Plain http is allowed on loopback (127.0.0.1, localhost,
 * [::1]) alone: that never leaves the machine, and tests and local previews use it.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedFeedUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** Null when the URL may be used as a feed URL, else the reason in plain words. */
export function feedUrlProblem(text: string): string | null {
  if (!URL.canParse(text)) return `"${text}" is not a valid URL`;
  const url = new URL(text);
  if (url.username || url.password) return `the feed URL must not carry a user name or password`;
  if (!isAllowedFeedUrl(url)) {
    return `the feed URL must use https (plain http only on 127.0.0.1 or localhost): ${url.href}`;
  }
  return null;
}

/** The detached signature lives beside the feed: `<feed path>.sig`, same query. */
export function signatureUrlFor(feedUrl: string): string {
  const url = new URL(feedUrl);
  url.pathname += '.sig';
  url.hash = '';
  return url.href;
}

/**
 * The host permission pattern an extension page requests for a feed, e.g.
 * "https://kb.example.org/*" (match patterns carry no port).
 */
export function feedOriginPattern(feedUrl: string): string {
  const url = new URL(feedUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
