/**
 * Where the content script's time goes on a benchmark page: a CPU profile of the same
 * pipeline (engine finder + page annotation, bundled unminified by bench/profile) in an
 * isolated world of Chromium, cold, with self time summed per function.
 *
 *   npx tsx scripts/bench-profile.ts [F1|F2|F3] [kbSize] [top]
 * Writes .output-bench/profile-<fixture>-<kbSize>.cpuprofile (open it in DevTools).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/find-browser';
import { startFixtureServer } from '../bench/browser/fixture-server';
import { settled } from '../bench/browser/bench-browser';
import { isolatedWorld } from '../bench/browser/isolated-world';
import type { FixtureName } from '../bench/fixtures/fixtures';
import { benchKb } from '../bench/kb/bench-kb';
import { prepareMatcher } from '../src/detect/prepare-matcher';

const [name = 'F3', size = '50', top = '30'] = process.argv.slice(2);

/** `import css from './x.css?inline'`, as Vite reads it. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
};

const bundle = await build({
  entryPoints: ['bench/profile/page-entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  charset: 'ascii',
  target: 'es2022',
  plugins: [inlineCss],
});
const prepared = JSON.stringify({
  prepared: prepareMatcher(await benchKb(Number(size))),
  localEntryIds: [],
  kbVersion: 1,
});

const server = await startFixtureServer();
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: false,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://profile${Date.now()}.test:${server.port}/${name as FixtureName}`);
  await settled(page);
  const run = await isolatedWorld(cdp);
  await run(`${bundle.outputFiles[0]!.text}\n//# sourceURL=statusmark-profile.js`);
  await run(
    `globalThis.preparedJson = ${JSON.stringify(prepared)}; globalThis.scanOnly = ${process.env.SCAN_ONLY === '1'}; 0`,
  );
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times = await run(
    `new Promise((resolve) => setTimeout(() => statusmarkProfile(globalThis.preparedJson).then(resolve), 0))`,
  );
  const { profile } = await cdp.send('Profiler.stop');
  const file = `.output-bench/profile-${name}-${size}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));

  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const selfMs = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
  }
  const busy = [...selfMs.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${name} at N=${size}: ${JSON.stringify(times)}; busy ${busy.toFixed(1)} ms; profile in ${file}`,
  );
  for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
