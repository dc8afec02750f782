import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromiumWithExtension,
  type ChromiumWithExtension,
} from '../../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server';
import { waitForAnnotation } from '../../../scripts/lib/read-badges';
import { CHROME_BUILD, DEMO_DIR, FIXTURES_DIR } from '../harness/paths';
import { collectPageErrors } from './expect-labelled';

export interface AnnotateSuite {
  browser: ChromiumWithExtension;
  /** Origins serving tests/fixtures/pages and demo/. */
  fixtures: string;
  demo: string;
  /** Opens a page at 1000x800 and waits for the first pass; `errors` collects its console errors. */
  open(origin: string, path: string): Promise<{ page: Page; errors: string[] }>;
}

/**
 * One Chromium with the built extension and the two page servers for a describe block,
 * started before its tests and closed after them.
 */
export function annotateSuite(): AnnotateSuite {
  let browser: ChromiumWithExtension | undefined;
  let servers: StaticServer[] = [];
  beforeAll(async () => {
    servers = await Promise.all([startStaticServer(`${FIXTURES_DIR}/pages`), startStaticServer(DEMO_DIR)]);
    browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the suite has not started');
    return value;
  };
  return {
    get browser() {
      return need(browser);
    },
    get fixtures() {
      return need(servers[0]).origin;
    },
    get demo() {
      return need(servers[1]).origin;
    },
    async open(origin, path) {
      const page = await need(browser).context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      const errors = collectPageErrors(page);
      await page.goto(`${origin}/${path}`);
      await waitForAnnotation(page);
      return { page, errors };
    },
  };
}
