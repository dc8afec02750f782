// Measures what a badge costs, two ways, in real Chromium (not part of npm test: it
// reports, it asserts nothing). Run: npx tsx tests/e2e/annotate-badge-cost.measure.ts [N]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/lib/find-browser';

const N = Number(process.argv[2] ?? 300);
const REPS = 7;

/** `./x.css?inline` as a string, as Vite does for the extension's build. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const bundle = await build({
  plugins: [inlineCss],
  entryPoints: [new URL('./annotate-harness/badge-cost-entry.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  charset: 'ascii',
});
const script = bundle.outputFiles[0]?.text ?? '';
const paragraphs = Array.from(
  { length: N },
  (_, i) => `<p>Paragraph ${i}: the president signed the order on a Thursday, officials said.</p>`,
).join('');
const html = `<!doctype html><html><body style="font:18px/1.6 serif">${paragraphs}</body></html>`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--headless=new'],
});
const results: Record<string, { ms: number[]; relayoutMs: number[]; heapKB: number[]; nodes: number[] }> = {};
for (let rep = 0; rep < REPS; rep++) {
  const kinds = ['light', 'wxtStyle', 'sameBadgeAdopted', 'sameBadgeStylePerRoot'];
  for (const kind of rep % 2 ? [...kinds].reverse() : kinds) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    const metric = async (name: string) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const nodesBefore = await metric('Nodes');
    const ms = await page.evaluate(
      (k) =>
        (window as unknown as { badgeCost: Record<string, () => number | Promise<number>> }).badgeCost[k]!(),
      kind,
    );
    const relayoutMs = await page.evaluate(() =>
      (window as unknown as { badgeCost: { relayout(): number } }).badgeCost.relayout(),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const entry = (results[kind] ??= { ms: [], relayoutMs: [], heapKB: [], nodes: [] });
    entry.ms.push(ms);
    entry.relayoutMs.push(relayoutMs);
    entry.heapKB.push((heapAfter - heapBefore) / 1024);
    entry.nodes.push((await metric('Nodes')) - nodesBefore);
    await page.close();
  }
}
await browser.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`${N} badges, median of ${REPS} (min-max), Chromium, forced layout included`);
for (const [kind, r] of Object.entries(results)) {
  console.log(
    `${kind.padEnd(22)} ${median(r.ms).toFixed(1)} ms (${Math.min(...r.ms).toFixed(1)}-${Math.max(...r.ms).toFixed(1)})` +
      `  relayout ${median(r.relayoutMs).toFixed(1)} ms  JS heap +${median(r.heapKB).toFixed(0)} KB  DOM nodes +${median(r.nodes)}`,
  );
}
