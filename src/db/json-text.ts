/**
 * JSON.parse with an error people can act on: "not valid JSON at line 3, column 7:
 * ..." for every kind of syntax error. V8 gives a position for some errors only, so
 * the position is found by bisection: the set of texts that are a valid *start* of a
 * JSON document is closed under taking prefixes, so the longest such prefix ends
 * where the error is. DOM-free: the CLI and the options page share it.
 */

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: string };

/** True when `text` is a complete JSON document or could become one by appending. */
function isViablePrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return false;
    // V8 says "end of JSON input", or names a position at the very end ("Expected ','
    // or ']' after array element in JSON at position 4" for "[1,2").
    const at = reportedPosition(error.message);
    return /end of (JSON )?input/i.test(error.message) || (at !== null && at >= text.length);
  }
}

function reportedPosition(message: string): number | null {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/** Index of the first character that cannot belong to a JSON document. */
export function jsonErrorOffset(text: string, message = ''): number {
  const reported = reportedPosition(message);
  if (reported !== null) return reported;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (isViablePrefix(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return isViablePrefix(text) ? text.length : good;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === '') return { ok: false, problem: 'not valid JSON: the file is empty' };
    const offset = jsonErrorOffset(text, error instanceof Error ? error.message : '');
    const { line, column } = lineAndColumn(text, offset);
    const where = offset >= text.length ? 'at the end of the file' : `at line ${line}, column ${column}`;
    const found =
      offset >= text.length ? 'the document is incomplete' : `unexpected ${JSON.stringify(text[offset])}`;
    const detail = error instanceof Error ? ` (${v8Reason(error.message)})` : '';
    return { ok: false, problem: `not valid JSON ${where}: ${found}${detail}` };
  }
}

/** V8's reason without its position or its copy of the text: "Expected ',' or '}' after property value". */
function v8Reason(message: string): string {
  return message
    .replace(/ in JSON at position \d+[\s\S]*$/, '')
    .replace(/, (\.\.\.)?"[\s\S]*$/, '')
    .slice(0, 120);
}
