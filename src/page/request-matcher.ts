import { browser } from 'wxt/browser';
import { isMatcherPart, joinPageMatcher, type MatcherPart } from '../messaging/matcher-parts';
import { MATCHER_PORT, isMatcherReply, type PageMatcher } from '../messaging/matcher-port';

/**
 * Asks the background for the prepared matcher: one port, one answer, and for a large
 * KB the parts that follow it (src/messaging/matcher-parts.ts), each received in a task
 * of its own. `onReceived` is called as the last message arrives, before they are joined
 * (the benchmark counts the joining as loading in the page).
 */
export function requestPageMatcher({
  timeoutMs = 30_000,
  onReceived,
}: { timeoutMs?: number; onReceived?: () => void } = {}): Promise<PageMatcher> {
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
    let first: PageMatcher | null = null;
    let expected = 0;
    const parts: MatcherPart[] = [];
    port.onMessage.addListener((message: unknown) => {
      if (first === null) {
        if (!isMatcherReply(message))
          return done(() => reject(new Error('the background sent no valid matcher')));
        if (!message.ok) return done(() => reject(new Error(message.error)));
        first = message.value;
        expected = message.parts ?? 0;
      } else if (isMatcherPart(message)) {
        parts.push(message);
      } else {
        return done(() => reject(notAPart()));
      }
      if (parts.length === expected) {
        onReceived?.();
        const whole = joinPageMatcher(first, parts);
        done(() => resolve(whole));
      }
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it handled (no console noise); the promise fails below.
      const reason = browser.runtime.lastError?.message ?? 'the background closed the connection';
      clearTimeout(timer);
      reject(new Error(reason));
    });
  });
}

const notAPart = () => new Error('the background sent a part of the matcher that is not one');
