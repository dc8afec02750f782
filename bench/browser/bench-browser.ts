import type { CDPSession, Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import type { BenchBuild } from './build-extension';
import { traceMainThread, type MainThreadTrace } from './main-thread-trace';
import { DONE_SIGNAL, installHarness } from './page-harness';

/** Floor and peer pages load from these hosts, where the extension is turned off (its per-site setting). */
const OFF_HOSTS = 4000;
let nextSite = 0;

export type PageRole = 'statusmark' | 'off';

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Loads a fixture from a site no page of this run has used: a new renderer, cold caches. */
  open(fixturePath: string): Promise<void>;
  /** Starts a DevTools trace of the page's main thread (before `open`), telling whose code ran in each task. */
  trace(): Promise<MainThreadTrace>;
  /** Forces a GC, then the JS heap in use (the whole renderer: page and isolated worlds), bytes. */
  heapAfterGc(): Promise<number>;
  /** Forces a layout, then the renderer's total layout + style time so far, ms. */
  layoutMs(): Promise<number>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  build: BenchBuild;
  newPage(role: PageRole): Promise<BenchPage>;
  /** The browser's version, e.g. "Chromium 156.0.8078.108". */
  version(): Promise<string>;
  close(): Promise<void>;
}

/** Chromium with the benchmark build loaded, `*.test` mapped to the fixture server. */
export async function launchBenchBrowser(build: BenchBuild, port: number): Promise<BenchBrowser> {
  const browser: ChromiumWithExtension = await launchChromiumWithExtension({
    extensionDir: build.extensionDir,
    args: ['--host-resolver-rules=MAP *.test 127.0.0.1', '--enable-blink-features=LongAnimationFrameTiming'],
  });
  const worker = await browser.worker();
  const offHosts = Array.from({ length: OFF_HOSTS }, (_, i) => `off${i}.test`);
  await worker.evaluate(
    (disabledSites) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        settings: { paused: false, disabledSites, feedUrl: '' },
      }),
    offHosts,
  );
  // tsx compiles with esbuild's keepNames: functions sent to the page call __name().
  await browser.context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await browser.context.addInitScript(installHarness, DONE_SIGNAL);
  return {
    build,
    async newPage(role) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const site = nextSite++;
      if (role === 'off' && site >= OFF_HOSTS) throw new Error('out of extension-off hosts');
      const host = role === 'off' ? `off${site}.test` : `on${site}.test`;
      return {
        page,
        cdp,
        async open(fixturePath) {
          await page.goto(`http://${host}:${port}${fixturePath}`, { waitUntil: 'load', timeout: 60_000 });
        },
        trace: () => traceMainThread(browser.context, page, browser.extensionId),
        async heapAfterGc() {
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        },
        async layoutMs() {
          await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
          const { metrics } = await cdp.send('Performance.getMetrics');
          const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
          return (seconds('LayoutDuration') + seconds('RecalcStyleDuration')) * 1000;
        },
        close: () => page.close(),
      };
    },
    async version() {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const { product } = await cdp.send('Browser.getVersion');
      await page.close();
      return `Chromium ${product.split('/')[1] ?? product}`;
    },
    close: () => browser.close(),
  };
}

/** Two animation frames: the page has laid out and painted what it loaded. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
