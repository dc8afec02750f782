/** The largest feed body accepted, in bytes (5 MB). Checked while downloading and again before parsing. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** A signature file is a few hundred bytes; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 4 * 1024;

/** A test build's shorter timeout (STATUSMARK_FEED_TIMEOUT_MS, see scripts/lib/feed-build-config.ts). */
declare const __STATUSMARK_FEED_TIMEOUT_MS__: number | null | undefined;

/** How long one check (feed and signature together) may take before it is given up: 30 s. */
export const FEED_TIMEOUT_MS =
  typeof __STATUSMARK_FEED_TIMEOUT_MS__ === 'number' ? __STATUSMARK_FEED_TIMEOUT_MS__ : 30_000;

/** "5 MB", "6.3 MB" or "4 KB": sizes in reasons are for people, not byte counts. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
