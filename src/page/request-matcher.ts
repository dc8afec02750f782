import { browser } from 'wxt/browser';
import { MATCHER_PORT, isMatcherReply, type PageMatcher } from '../messaging/matcher-port';

/** Asks the background for the prepared matcher: one port, one answer. */
export function requestPageMatcher(timeoutMs = 30_000): Promise<PageMatcher> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: MATCHER_PORT });
    const done = (settle: () => void) => {
      clearTimeout(timer);
      port.disconnect();
      settle();
    };
    const timer = setTimeout(
      () => done(() => reject(new Error('the background did not send the matcher'))),
      timeoutMs,
    );
    port.onMessage.addListener((message: unknown) => {
      if (!isMatcherReply(message))
        return done(() => reject(new Error('the background sent no valid matcher')));
      if (message.ok) done(() => resolve(message.value));
      else done(() => reject(new Error(message.error)));
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it handled (no console noise); the promise fails below.
      const reason = browser.runtime.lastError?.message ?? 'the background closed the connection';
      clearTimeout(timer);
      reject(new Error(reason));
    });
  });
}
