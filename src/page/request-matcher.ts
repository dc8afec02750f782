import { browser } from 'wxt/browser';
import { isMatcherPart, joinPageMatcher, type MatcherPart } from '../messaging/matcher-parts';
import {
  MATCHER_PORT,
  MATCHER_REST_PORT,
  isMatcherReply,
  isRestReply,
  type PageMatcher,
} from '../messaging/matcher-port';
import type { MatcherRestRequest } from '../messaging/protocol';

interface ReceiveOptions {
  timeoutMs?: number;
  /** Called as the last message arrives, before the parts are joined (the benchmark counts the joining as loading in the page). */
  onReceived?: () => void;
}

/**
 * One answer on a new port, then the parts it announces, each received in a task of its
 * own; then the port is closed. `opening` checks the answer and says how many parts follow.
 */
function receive<T>(
  name: string,
  request: MatcherRestRequest | null,
  opening: (message: unknown) => { parts: number; value: T } | Error,
  { timeoutMs = 30_000, onReceived }: ReceiveOptions,
): Promise<{ value: T; parts: MatcherPart[] }> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name });
    const done = (settle: () => void) => {
      clearTimeout(timer);
      port.disconnect();
      settle();
    };
    const timer = setTimeout(
      () => done(() => reject(new Error('the background did not send the matcher'))),
      timeoutMs,
    );
    let first: { parts: number; value: T } | null = null;
    const parts: MatcherPart[] = [];
    port.onMessage.addListener((message: unknown) => {
      if (first === null) {
        const opened = opening(message);
        if (opened instanceof Error) return done(() => reject(opened));
        first = opened;
      } else if (isMatcherPart(message)) {
        parts.push(message);
      } else {
        return done(() => reject(notAPart()));
      }
      if (parts.length === first.parts) {
        onReceived?.();
        const { value } = first;
        done(() => resolve({ value, parts }));
      }
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it handled (no console noise); the promise fails below.
      const reason = browser.runtime.lastError?.message ?? 'the background closed the connection';
      clearTimeout(timer);
      reject(new Error(reason));
    });
    if (request) port.postMessage(request);
  });
}

/**
 * Asks the background for the prepared matcher: one port, one answer, and for a large
 * KB the parts that follow it (src/messaging/matcher-parts.ts). A large matcher comes
 * without what only the detector reads: then `rest` holds the key to ask for it by.
 */
export async function requestPageMatcher(options: ReceiveOptions = {}): Promise<PageMatcher> {
  const { value, parts } = await receive(
    MATCHER_PORT,
    null,
    (message) => {
      if (!isMatcherReply(message)) return new Error('the background sent no valid matcher');
      if (!message.ok) return new Error(message.error);
      return { parts: message.parts ?? 0, value: message.value };
    },
    options,
  );
  return joinPageMatcher(value, parts);
}

/**
 * Asks the background for the rest of a large matcher (see requestPageMatcher): the
 * parts the detector reads. Fails when the KB changed since the matcher was prepared.
 */
export async function requestMatcherRest(key: string, options: ReceiveOptions = {}): Promise<MatcherPart[]> {
  const { parts } = await receive(
    MATCHER_REST_PORT,
    { rest: key },
    (message) => {
      if (!isRestReply(message))
        return new Error('the background sent no valid answer for the rest of the matcher');
      if (!message.ok) return new Error(message.error);
      return { parts: message.parts, value: null };
    },
    options,
  );
  return parts;
}

const notAPart = () => new Error('the background sent a part of the matcher that is not one');
