import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PeerTerms } from '../kb/peer-terms';
import { alternationSource } from '../kb/peer-terms';
import type { BenchBrowser } from './bench-browser';
import { settled } from './bench-browser';
import { isolatedWorld, timedTask } from './isolated-world';

export const PEERS = ['markjsRegExp', 'markjsArray', 'advancedMark', 'naive'] as const;
export type PeerName = (typeof PEERS)[number];

const require = createRequire(import.meta.url);
const library = (name: string) => readFileSync(require.resolve(name), 'utf8');
const LIBRARIES: Record<PeerName, string | null> = {
  markjsRegExp: library('mark.js/dist/mark.min.js'),
  markjsArray: library('mark.js/dist/mark.min.js'),
  advancedMark: library('advanced-mark.js/dist/mark.min.js'),
  naive: null,
};

/** advanced-mark.js: terms per combined pattern (uncapped, 10k terms make "Regular expression too large"). */
export const ADVANCED_MARK_CHUNK = 500;

/**
 * Each peer's timed work, as the library's docs recommend using it, with options that
 * make it fastest while still finding whole terms case-insensitively (no diacritics
 * expansion, no word splitting). Every pattern gets `nonce` as one more alternative, so
 * V8's per-renderer RegExp cache can never serve a compiled pattern from an earlier load.
 */
function peerScript(peer: PeerName, terms: PeerTerms, nonce: string): string {
  const all = JSON.stringify([...terms.all, nonce]);
  const options = `{ diacritics: false, separateWordSearch: false, accuracy: 'exactly', caseSensitive: false`;
  switch (peer) {
    case 'markjsRegExp':
      return timedTask(`
        let marks = 0;
        new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(alternationSource([...terms.all, nonce]))}, 'gi'), {
          each: () => { marks++; },
        });
        return marks;`);
    case 'markjsArray':
      return timedTask(`
        let marks = 0;
        new Mark(document.body).mark(${all}, ${options}, each: () => { marks++; } });
        return marks;`);
    case 'advancedMark':
      return timedTask(`
        let marks = 0;
        new Mark(document.body).mark(${all}, ${options}, combinePatterns: ${ADVANCED_MARK_CHUNK}, cacheTextNodes: true,
          each: () => { marks++; } });
        return marks;`);
    case 'naive': {
      const sources = JSON.stringify(terms.perEntry.map((list) => alternationSource([...list, nonce])));
      // One RegExp per entry over every Text node: what a first version of an extension does.
      return timedTask(`
        const patterns = ${sources}.map((source) => new RegExp(source, 'i'));
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let hits = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const data = node.data;
          for (const pattern of patterns) if (pattern.test(data)) hits++;
        }
        return hits;`);
    }
  }
}

export interface PeerRun {
  ms: number;
  /** Marks made (matches found, for "naive"). */
  found: number;
}

let nonces = 0;

/**
 * One cold run of a peer on a fresh page from a new site. A run past `timeoutMs` is
 * stopped by closing its page (and with it its renderer, which would go on competing
 * with the next runs for the CPU).
 */
export async function peerRun(
  browser: BenchBrowser,
  fixturePath: string,
  peer: PeerName,
  terms: PeerTerms,
  timeoutMs: number,
): Promise<PeerRun> {
  const bench = await browser.newPage('off');
  let timer: NodeJS.Timeout | undefined;
  try {
    await bench.open(fixturePath);
    await settled(bench.page);
    const run = await isolatedWorld(bench.cdp);
    const source = LIBRARIES[peer];
    if (source) await run(`${source}; typeof Mark`);
    const nonce = `zq${Date.now().toString(36)}x${nonces++}`;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`slower than ${timeoutMs / 1000} s (stopped)`)), timeoutMs);
    });
    const { ms, value } = await Promise.race([
      run<{ ms: number; value: number }>(peerScript(peer, terms, nonce)),
      limit,
    ]);
    return { ms, found: value };
  } finally {
    clearTimeout(timer);
    await bench.close().catch(() => undefined);
  }
}
