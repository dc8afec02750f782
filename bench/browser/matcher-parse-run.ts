import type { PageMatcher } from '../../src/messaging/matcher-port';
import { splitPageMatcher } from '../../src/messaging/matcher-parts';
import type { BenchBrowser } from './bench-browser';

/**
 * The messages the background sends a page for this matcher, as the port carries them
 * (JSON): those every page gets, and those a page with a KB term asks for (none for a
 * matcher small enough to come whole).
 */
export function matcherMessages(page: PageMatcher): { now: string[]; later: string[] } {
  const { first, now, later } = splitPageMatcher(page);
  const value = later.length > 0 ? { ...first, rest: 'key' } : first;
  return {
    now: [{ ok: true, value, parts: now.length }, ...now].map((message) => JSON.stringify(message)),
    later: later.length ? [{ ok: true, parts: later.length }, ...later].map((m) => JSON.stringify(m)) : [],
  };
}

/**
 * The part of loading the matcher that happens before any of our code runs: Chromium
 * parses each port message from JSON into the receiving world's objects. The content
 * script cannot time that, so it is measured apart: the same messages parsed with
 * JSON.parse in a fresh page (a new renderer context, as a newly visited site gets),
 * after they were handed to it, untimed.
 */
export async function matcherParseRun(browser: BenchBrowser, messages: readonly string[]): Promise<number> {
  const bench = await browser.newPage('statusmark');
  try {
    return await bench.page.evaluate((texts) => {
      const start = performance.now();
      for (const text of texts) JSON.parse(text);
      return performance.now() - start;
    }, messages);
  } finally {
    await bench.close();
  }
}
