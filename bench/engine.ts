/**
 * Engine-only benchmark in Node (no DOM): our word-level automaton against
 * modern-ahocorasick on the same terms and the same ~500 KB of news-like text,
 * at 50, 1,000 and 10,000 KB entries. Seeded, so every run sees the same input.
 *
 *   node --expose-gc --import tsx bench/engine.ts [--quick] [--sizes=50,1000] [--json]
 */
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { detectClaims } from '../src/detect/detect-claims';
import { LEXICON } from '../src/detect/lexicon';
import { loadMatcher, type Matcher } from '../src/detect/load-matcher';
import type { PreparedMatcher } from '../src/detect/matcher-format';
import { prepareMatcher } from '../src/detect/prepare-matcher';
import { HitBuffer, scanText } from '../src/detect/scan-text';
import type { Entry } from '../src/kb/schema';
import { newsParagraphs } from './lib/news-text';
import { shippedEntries } from './lib/shipped-entries';
import { syntheticEntries } from './lib/synthetic-kb';
import { heapDelta, median, time } from './lib/timing';

const quick = process.argv.includes('--quick');
const asJson = process.argv.includes('--json');
const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [50] : [50, 1000, 10000];
const TEXT_BYTES = quick ? 100_000 : 500_000;
const RUNS = quick ? 3 : 9;

/** The same term list for the library: every literal term and every word-set word, lower-cased. */
function libraryPatterns(entries: readonly Entry[]): string[] {
  const terms = new Set<string>(Object.values(LEXICON).flat());
  for (const { detect } of entries) {
    const all = [
      ...detect.names,
      ...detect.exclude,
      ...detect.prefer,
      ...detect.rules.flatMap((r) => [...r.all.flat(), ...r.none]),
    ];
    for (const term of all) if (!term.startsWith('@')) terms.add(term.toLowerCase());
  }
  return [...terms];
}

function scanOurs(matcher: Matcher, paragraphs: readonly string[]): number {
  const hits = new HitBuffer();
  let count = 0;
  for (const paragraph of paragraphs) {
    hits.clear();
    scanText(matcher.automaton, paragraph, hits);
    count += hits.length / 3;
  }
  return count;
}

function scanLibrary(library: AhoCorasick, paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += library.search(paragraph.toLowerCase()).length;
  return count;
}

interface Row {
  kbSize: number;
  states: number;
  words: number;
  ours: {
    prepareMs: number;
    jsonKB: number;
    parseMs: number;
    loadMs: number;
    heapMB: number;
    scanMsPer100KB: number;
    detectMsPer100KB: number;
    hits: number;
  };
  library: {
    backend: string;
    buildMs: number;
    serializedKB: number;
    deserializeMs: number;
    scanMsPer100KB: number;
    hits: number;
  }[];
}

async function caseFor(kbSize: number, base: readonly Entry[]): Promise<Row> {
  const entries = [...base, ...syntheticEntries(Math.max(0, kbSize - base.length))].slice(0, kbSize);
  const paragraphs = newsParagraphs(entries, TEXT_BYTES);
  const per100KB = TEXT_BYTES / 100_000;

  const prepareMs = time(() => prepareMatcher(entries));
  const prepared = prepareMatcher(entries);
  const json = JSON.stringify(prepared);
  const parseMs = median(RUNS, () => time(() => JSON.parse(json)));
  const loadMs = median(RUNS, () => {
    const fresh = JSON.parse(json) as PreparedMatcher;
    return time(() => loadMatcher(fresh));
  });
  const heapMB = (await heapDelta(() => loadMatcher(JSON.parse(json) as PreparedMatcher))) / 1e6;
  const matcher = loadMatcher(prepared);
  for (let i = 0; i < 3; i++) scanOurs(matcher, paragraphs); // warm-up
  const scanMs = median(RUNS, () => time(() => scanOurs(matcher, paragraphs)));
  const blocks = paragraphs.map((text) => ({ text, kind: 'paragraph' as const }));
  for (let i = 0; i < 2; i++) detectClaims(matcher, blocks);
  const detectMs = median(RUNS, () => time(() => detectClaims(matcher, blocks)));

  const patterns = libraryPatterns(entries);
  const library: Row['library'] = [];
  for (const [backend, Make] of [
    ['compact', AhoCorasick],
    ['double-array', FastAhoCorasick],
  ] as const) {
    const buildMs = time(() => new Make(patterns));
    const built = new Make(patterns);
    const serialized = built.serialize();
    const deserializeMs = median(RUNS, () => time(() => Make.deserialize(serialized)));
    for (let i = 0; i < 3; i++) scanLibrary(built, paragraphs);
    const libraryScanMs = median(RUNS, () => time(() => scanLibrary(built, paragraphs)));
    library.push({
      backend,
      buildMs,
      serializedKB: serialized.length / 1000,
      deserializeMs,
      scanMsPer100KB: libraryScanMs / per100KB,
      hits: scanLibrary(built, paragraphs),
    });
  }
  return {
    kbSize,
    states: prepared.states,
    words: matcher.automaton.vocab.check.length,
    ours: {
      prepareMs,
      jsonKB: json.length / 1000,
      parseMs,
      loadMs,
      heapMB,
      scanMsPer100KB: scanMs / per100KB,
      detectMsPer100KB: detectMs / per100KB,
      hits: scanOurs(matcher, paragraphs),
    },
    library,
  };
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const base = await shippedEntries();
const rows: Row[] = [];
for (const size of sizes) rows.push(await caseFor(size, base));

if (asJson) {
  console.log(
    JSON.stringify(
      {
        machine: `${process.platform} ${process.arch} node ${process.version}`,
        date: new Date().toISOString(),
        textBytes: TEXT_BYTES,
        rows,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `Engine benchmark (Node ${process.version}), ${TEXT_BYTES / 1000} KB of text, median of ${RUNS} runs\n`,
  );
  console.log(
    '| KB entries | states | ours: prepare ms | matcher JSON KB | JSON.parse ms | load ms | heap MB | scan ms/100KB | detect ms/100KB | library backend | library build ms | library serialized KB | library load ms | library scan ms/100KB | speed-up |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    for (const lib of row.library) {
      console.log(
        `| ${row.kbSize} | ${row.states} | ${fixed(row.ours.prepareMs, 0)} | ${fixed(row.ours.jsonKB, 0)} | ${fixed(row.ours.parseMs)} | ${fixed(row.ours.loadMs)} | ${fixed(row.ours.heapMB)} | ${fixed(row.ours.scanMsPer100KB)} | ${fixed(row.ours.detectMsPer100KB)} | ${lib.backend} | ${fixed(lib.buildMs, 0)} | ${fixed(lib.serializedKB, 0)} | ${fixed(lib.deserializeMs)} | ${fixed(lib.scanMsPer100KB)} | ${fixed(lib.scanMsPer100KB / row.ours.scanMsPer100KB, 1)}x |`,
      );
    }
  }
}
