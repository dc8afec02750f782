import { browser, type Browser } from 'wxt/browser';
import { CLAIM_COUNT_PORT, isClaimCountMessage } from '../messaging/claim-count-port';

/**
 * The toolbar icon shows how many claims the tab's page has. Each content script
 * reports over a named port (src/messaging/claim-count-port.ts); the count is per tab, and the browser drops a tab's
 * badge text itself when the tab navigates or closes.
 */
type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

function actionApi(): ActionApi | undefined {
  // MV3 (Chromium) has `action`; Firefox's MV2 build has `browserAction`.
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction;
}

/** The text for a count: empty for none, "999+" past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

async function show(tabId: number, count: number): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await action.setBadgeBackgroundColor({ tabId, color: '#1f2937' });
  await action.setBadgeText({ tabId, text: badgeText(count) });
}

function onPort(port: Browser.runtime.Port): void {
  if (port.name !== CLAIM_COUNT_PORT) return;
  const tabId = port.sender?.tab?.id;
  // Only the top frame of a tab speaks for its icon.
  if (tabId === undefined || (port.sender?.frameId ?? 0) !== 0) return;
  port.onMessage.addListener((message: unknown) => {
    if (isClaimCountMessage(message)) void show(tabId, message.count).catch(() => {});
  });
}

/** Registers the listener; call synchronously at the background's top level. */
export function registerClaimCountBadge(): void {
  browser.runtime.onConnect.addListener(onPort);
}
