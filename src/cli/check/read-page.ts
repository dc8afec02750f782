import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An HTML page read from a file, a URL or standard input, with where it came from. */
export type PageSource = { ok: true; html: string; url: string | null } | { ok: false; problem: string };

/** Pages larger than this are refused: no news article is 20 MB of HTML. */
const MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;

/** The fetch timeout: STATUSMARK_FETCH_TIMEOUT_MS when set (tests use a short one), else 15 s. */
function timeoutMs(): number {
  const fromEnv = Number(process.env.STATUSMARK_FETCH_TIMEOUT_MS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TIMEOUT_MS;
}

/** Reads `source`: "-" for standard input, an http(s) URL, or a file path. */
export async function readPage(
  source: string,
  stdin: () => Promise<string> = readStdin,
): Promise<PageSource> {
  if (source === '-') return checkHtml(await stdin(), 'standard input', null);
  if (/^https?:\/\//i.test(source)) return fetchPage(source);
  const path = resolve(source);
  let html: string;
  try {
    html = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return { ok: false, problem: `cannot read file ${source}: ${why}` };
  }
  return checkHtml(html, source, pathToFileURL(path).href);
}

async function fetchPage(url: string): Promise<PageSource> {
  const limit = timeoutMs();
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(limit),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, problem: `${url} did not answer within ${limit / 1000} s` };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      problem: `cannot reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    };
  }
  if (!response.ok)
    return { ok: false, problem: `${url} answered HTTP ${response.status} ${response.statusText}`.trim() };
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type))
    return { ok: false, problem: `${url} is not an HTML page (content-type ${type})` };
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_BYTES)
    return { ok: false, problem: `${url} is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  let html: string;
  try {
    html = await response.text();
  } catch (error) {
    return { ok: false, problem: `${url}: the page could not be read: ${(error as Error).message}` };
  }
  return checkHtml(html, url, response.url || url);
}

function checkHtml(html: string, what: string, url: string | null): PageSource {
  if (html.length > MAX_BYTES)
    return { ok: false, problem: `${what} is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  if (
    html.includes('\u0000') ||
    !/<(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|title)\b/i.test(html)
  ) {
    return { ok: false, problem: `${what} does not look like an HTML page` };
  }
  return { ok: true, html, url };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
