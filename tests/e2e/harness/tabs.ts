import type { browser } from 'wxt/browser';

type ExtensionApi = Pick<typeof browser, 'tabs'>;

/**
 * Runs inside an extension page: finds the id of the tab showing `url` by asking
 * each tab's content script for its page info. No `tabs` permission is needed.
 */
export async function tabIdForUrlInExtensionPage(url: string): Promise<number> {
  // Runs in the browser: Firefox names the API `browser`, Chromium `chrome`.
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('not an extension page');
  const tabs = await api.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      const info = (await api.tabs.sendMessage(tab.id, { type: 'getPageInfo' })) as
        { url?: string } | undefined;
      if (info?.url === url) return tab.id;
    } catch {
      // No content script in that tab.
    }
  }
  throw new Error(`no tab with a content script shows ${url}`);
}
