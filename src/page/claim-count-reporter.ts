import { browser, type Browser } from 'wxt/browser';
import { CLAIM_COUNT_PORT, type ClaimCountMessage } from '../messaging/claim-count-port';

/**
 * Tells the background how many claims this page has, for the toolbar icon. The port
 * is opened on first use and again after the background restarts (an MV3 worker
 * that stopped closes it). Only changes are sent.
 */
export function claimCountReporter(signal: AbortSignal): (count: number) => void {
  let port: Browser.runtime.Port | null = null;
  let last = -1;
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
  const send = (count: number, retry: boolean): void => {
    try {
      if (!port) {
        port = browser.runtime.connect({ name: CLAIM_COUNT_PORT });
        port.onDisconnect.addListener(() => {
          // Reading lastError marks it handled: no "Receiving end does not exist" in the page console.
          void browser.runtime.lastError;
          port = null;
        });
      }
      const message: ClaimCountMessage = { count };
      port.postMessage(message);
      last = count;
    } catch {
      port = null;
      if (retry) send(count, false);
    }
  };
  return (count) => {
    if (count !== last && !signal.aborted) send(count, true);
  };
}
