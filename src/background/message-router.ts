import type { Browser } from 'wxt/browser';
import { contentRequestSchema } from '../messaging/protocol';
import { pageRequestSchema, WRITE_REQUEST_TYPES, type PageRequest } from '../messaging/page-protocol';
import type { Reply, ReplyError } from '../messaging/reply';
import type { BackgroundResponses } from '../messaging/responses';
import { StoreError } from '../db/store-error';
import { zodProblems } from '../db/zod-problems';
import { classifySender, type SelfIdentity } from './sender';

/** One handler per request type; each resolves to that type's response. */
export type RequestHandlers = {
  [T in PageRequest['type']]: (request: Extract<PageRequest, { type: T }>) => Promise<BackgroundResponses[T]>;
};

const refused = (message: string): Reply<never> => ({ ok: false, error: { code: 'refused', message } });

function typeOf(message: unknown): string {
  if (typeof message !== 'object' || message === null || !('type' in message)) return '(no type)';
  return typeof message.type === 'string' ? message.type.slice(0, 40) : '(no type)';
}

function toReplyError(error: unknown): ReplyError {
  if (error instanceof StoreError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.problems.length ? { problems: [...error.problems] } : {}),
    };
  }
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The background's runtime.onMessage listener: checks the sender, parses the message
 * with the protocol that sender may use (Zod), runs the handler, and always answers
 * with a Reply promise (no sendResponse: WXT's fakeBrowser lacks it, and a promise is
 * the one mechanism both browsers share).
 */
export function createMessageListener(handlers: RequestHandlers, self: () => SelfIdentity) {
  return async (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> => {
    const kind = classifySender(sender, self());
    if (kind === 'foreign') return refused('Statusmark answers only its own pages and content scripts');

    const schema = kind === 'content-script' ? contentRequestSchema : pageRequestSchema;
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      if (kind === 'content-script' && WRITE_REQUEST_TYPES.has(typeOf(message) as PageRequest['type'])) {
        return refused(
          `"${typeOf(message)}" changes the database and is accepted only from Statusmark's own pages`,
        );
      }
      return {
        ok: false,
        error: {
          code: 'invalid',
          message: `invalid "${typeOf(message)}" request`,
          problems: zodProblems(parsed.error),
        },
      };
    }
    const request = parsed.data as PageRequest;
    try {
      const handle = handlers[request.type] as (r: PageRequest) => Promise<unknown>;
      return { ok: true, value: await handle(request) };
    } catch (error) {
      return { ok: false, error: toReplyError(error) };
    }
  };
}
