import { browser } from 'wxt/browser';
import type { PageInfo } from '../messaging/protocol';

/**
 * Answers the popup's `getPageInfo` for this tab. Checked by hand rather than with the
 * protocol's schema: the content script's size budget, and one literal to compare.
 */
export function answerPageInfo(signal: AbortSignal, badgeCount: () => number): void {
  const listener = (message: unknown) => {
    if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
    if (message.type !== 'getPageInfo') return undefined;
    const info: PageInfo = { url: location.href, title: document.title, badgeCount: badgeCount() };
    return Promise.resolve(info);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Calls `onChange` when the background says the KB changed (shipped KB, own entries or notes). */
export function onKbChanged(signal: AbortSignal, onChange: () => void): void {
  const listener = (message: unknown) => {
    if (
      typeof message === 'object' &&
      message !== null &&
      'type' in message &&
      message.type === 'kbChanged'
    ) {
      onChange();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
