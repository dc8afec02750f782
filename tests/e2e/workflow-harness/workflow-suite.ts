import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server';
import { annotateSuite } from '../annotate-harness/chromium-suite';
import { collectPageErrors } from '../annotate-harness/expect-labelled';
import { FIXTURES_DIR } from '../harness/paths';

export interface WorkflowSuite {
  browser: ChromiumWithExtension;
  /** Origins serving tests/fixtures/workflow and demo/. */
  fixtures: string;
  demo: string;
  /** An extension page (e.g. "options.html#/new") at a desktop size; `errors` collects its errors. */
  extensionPage(path: string): Promise<{ page: Page; errors: string[] }>;
  /** A web page, once the content script has finished its first pass. */
  article(origin: string, path: string): Promise<Page>;
}

/**
 * One Chromium with the built extension for a whole test file (the annotation tests'
 * suite), plus a server for the workflow's own fixture pages.
 */
export function workflowSuite(): WorkflowSuite {
  const base = annotateSuite();
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(`${FIXTURES_DIR}/workflow`);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get browser() {
      return base.browser;
    },
    get fixtures() {
      if (!server) throw new Error('the suite has not started');
      return server.origin;
    },
    get demo() {
      return base.demo;
    },
    async extensionPage(path) {
      const page = await base.browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      const errors = collectPageErrors(page);
      await page.goto(`chrome-extension://${base.browser.extensionId}/${path}`);
      return { page, errors };
    },
    async article(origin, path) {
      return (await base.open(origin, path)).page;
    },
  };
}
