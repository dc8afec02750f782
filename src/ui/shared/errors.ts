import { RequestError } from '../../messaging/reply';

/** An error as lines for the user: the message, then each problem ("<path>: <message>"). */
export function errorLines(error: unknown): string[] {
  if (error instanceof RequestError) return [error.message, ...error.problems];
  return [error instanceof Error ? error.message : String(error)];
}
