import type { Browser } from 'wxt/browser';

/**
 * Who sent a message, judged only from what the browser fills in (the sender cannot
 * forge it). Web pages cannot message the extension at all (no externally_connectable),
 * and other extensions' messages arrive on onMessageExternal, which nobody listens to;
 * anything else that is neither our page nor our content script is refused.
 */
export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export interface SelfIdentity {
  /** runtime.id */
  extensionId: string;
  /** runtime.getURL('/'), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  extensionBaseUrl: string;
}

/**
 * "scheme://host" of a URL. Not URL.origin: that is the string "null" for file: URLs
 * and, outside browsers, for extension schemes, and two "null"s must never match.
 */
function originOf(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return host === '' ? null : `${protocol}//${host}`;
}

export function classifySender(sender: Browser.runtime.MessageSender, self: SelfIdentity): SenderKind {
  if (sender.id !== self.extensionId) return 'foreign';
  const origin = originOf(sender.url);
  if (origin !== null && origin === originOf(self.extensionBaseUrl)) return 'extension-page';
  // A content script's sender.url is the web page's; it always comes with the tab.
  if (sender.tab && origin !== null && /^https?:\/\//.test(origin)) return 'content-script';
  return 'foreign';
}
