// Measures the annotation of a large live blog in real Chromium with the built
// extension: time to the first full pass and the long tasks (>= 50 ms) on the page's
// main thread while it runs. Reports only (not part of npm test: timings on a shared
// machine are no test). Run: STATUSMARK_OUT=... npx tsx tests/e2e/annotate-long-tasks.measure.ts [posts]
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { startStaticServer } from '../../scripts/lib/static-server';
import { CHROME_BUILD, FIXTURES_DIR } from './harness/paths';

const POSTS = Number(process.argv[2] ?? 400);
const CLAIMS = [
  'President Trump signed an executive order on Thursday opening 401(k) plans to private equity and cryptocurrency.',
  'In May, the Labor Department rescinded its 2022 warning on crypto in 401(k) plans.',
  'The North Carolina House passed H92, which would let the state invest up to 5% of pension funds in digital assets.',
];
const FILLER =
  'Officials said the <a href="#x">schedule</a> could change, and <em>markets</em> moved little in <span>quiet</span> trading.';

function liveBlog(): string {
  const posts = Array.from({ length: POSTS }, (_, i) => {
    const claim = i % 3 === 2 ? '' : `<p>${CLAIMS[i % CLAIMS.length]} ${FILLER}</p>`;
    const junk = Array.from({ length: 8 }, () => `<span class="tag"><a href="#t">tag</a></span>`).join('');
    return `<section class="post"><header><time>${i}:00</time><div>${junk}</div></header>${claim}<p>${FILLER} ${FILLER}</p><ul><li>${FILLER}</li><li>${FILLER}</li></ul></section>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Live</title>
<meta property="article:published_time" content="2025-08-07T10:00:00-04:00"></head><body><main>${posts}</main></body></html>`;
}

const html = liveBlog();
const server = await startStaticServer(`${FIXTURES_DIR}/pages`, [
  (req, res) => {
    if (req.url !== '/generated-live-blog.html') return false;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
    return true;
  },
]);
const browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
const runs: { doneMs: number; badges: number; elements: number; longTasks: number[] }[] = [];
for (let run = 0; run < 5; run++) {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const found: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = found;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => found.push(Math.round(e.duration))),
    ).observe({
      type: 'longtask',
      buffered: true,
    });
    // A known 80 ms task, to show that long tasks are observed at all in this browser.
    setTimeout(() => {
      const until = performance.now() + 80;
      while (performance.now() < until);
    }, 0);
  });
  const start = Date.now();
  await page.goto(`${server.origin}/generated-live-blog.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-statusmark-state="done"]', { state: 'attached', timeout: 60_000 });
  const doneMs = Date.now() - start;
  await page.waitForTimeout(500);
  runs.push({
    doneMs,
    ...(await page.evaluate(() => ({
      badges: document.querySelectorAll('statusmark-badge').length,
      elements: document.getElementsByTagName('*').length,
      longTasks: (window as unknown as { longTasks: number[] }).longTasks,
    }))),
  });
  await page.close();
}
await browser.close();
await server.close();
const kb = Math.round(html.length / 1024);
console.log(
  `Generated live blog: ${POSTS} posts, ${runs[0]?.elements} elements, ${kb} KB of HTML, ${runs[0]?.badges} badges`,
);
for (const r of runs)
  console.log(
    `  load to done ${r.doneMs} ms; long tasks on the page (ms; the first ~80 is the probe): [${r.longTasks.join(', ')}]`,
  );
