/**
 * The background answers every request with a Reply: a value, or an error that says
 * what went wrong and, for invalid input, every problem with its path. An envelope
 * rather than a rejected promise, because browsers pass only a message string for
 * rejections, and the problems list must survive the trip.
 */
export type ReplyErrorCode = 'invalid' | 'refused' | 'not-found' | 'conflict' | 'failed';

export interface ReplyError {
  code: ReplyErrorCode;
  message: string;
  /** One line per problem, "<path>: <message>". */
  problems?: string[];
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

/** Thrown by the senders in send.ts when the background answered with an error. */
export class RequestError extends Error {
  readonly code: ReplyErrorCode;
  readonly problems: readonly string[];
  constructor(error: ReplyError) {
    super(error.message);
    this.name = 'RequestError';
    this.code = error.code;
    this.problems = error.problems ?? [];
  }
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

/** The value of a reply; throws RequestError for an error reply or anything that is not a reply. */
export function unwrapReply<T>(reply: unknown): T {
  if (!isReply(reply)) {
    throw new RequestError({ code: 'failed', message: 'the background sent no valid reply' });
  }
  if (reply.ok) return reply.value as T;
  throw new RequestError(reply.error);
}
