import { browser } from 'wxt/browser';
import { focusClaimResultSchema, pageClaimsSchema, type PageClaims } from '../../messaging/protocol';

/** The tab this popup reports on: `?tabId=` when opened as a page (tests, a pinned tab), else the active tab. */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The tab's badged claims from its content script, validated. Null when the tab has no
 * content script to answer (a browser page, a PDF, or a page loaded before install).
 */
export async function requestPageClaims(tabId: number): Promise<PageClaims | null> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'getPageClaims' });
  } catch {
    return null;
  }
  const parsed = pageClaimsSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** Scrolls the tab to a badge and focuses it; false when the badge is gone. */
export async function focusPageClaim(tabId: number, key: string): Promise<boolean> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'focusClaim', key });
    const parsed = focusClaimResultSchema.safeParse(reply);
    return parsed.success && parsed.data.focused;
  } catch {
    return false;
  }
}
