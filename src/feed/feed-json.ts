import type { KbSnapshot } from '../kb/schema';

/**
 * The text of `feed.json`: the KB snapshot as indented JSON, so a newsroom can read
 * and diff what it publishes. Any formatting would do: the signature covers these
 * exact bytes, and the content hash is over canonical entries, not over this text.
 */
export function feedJson(snapshot: KbSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
