import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './harness/paths';
import { openPopupFor } from './workflow-harness/badge-facts';
import { workflowSuite } from './workflow-harness/workflow-suite';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ORDER = 'us-eo-14330-alt-assets-401k';

/** axe's violations as "rule: target" lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** STATUSMARK_SCREENSHOTS=1 refreshes the README's pictures. */
async function screenshot(page: Page, name: string): Promise<void> {
  const shot = await page.screenshot();
  expect(shot.length).toBeGreaterThan(10_000);
  if (process.env.STATUSMARK_SCREENSHOTS === '1') {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, `docs/screenshots/${name}.png`) });
  }
}

describe('Chromium: the popup and options pages are accessible (axe, WCAG 2.2 AA)', () => {
  const suite = workflowSuite();
  let article: Page;

  beforeAll(async () => {
    article = await suite.article(suite.demo, 'eo-401k-report.html');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the popup on a demo page, ${colorScheme}`, async () => {
      const { page, errors } = await suite.extensionPage('popup.html');
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 400, height: 760 });
      await openPopupFor(page, suite.browser.extensionId, article.url());
      await page.waitForSelector('li.claim');
      expect(await violations(page)).toEqual([]);
      if (colorScheme === 'light') await screenshot(page, 'popup');
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`the KB browser, ${colorScheme}`, async () => {
      const { page, errors } = await suite.extensionPage('options.html#/?q=401k');
      await page.emulateMedia({ colorScheme });
      await page.waitForSelector('.kb-card');
      expect(await violations(page)).toEqual([]);
      if (colorScheme === 'light') await screenshot(page, 'options-kb-browser');
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`an entry page with its timeline, ${colorScheme}`, async () => {
      const { page, errors } = await suite.extensionPage(`options.html#/entry/${ORDER}`);
      await page.emulateMedia({ colorScheme });
      await page.waitForSelector('.timeline-axis');
      expect(await violations(page)).toEqual([]);
      if (colorScheme === 'light') {
        await page.evaluate(() => {
          document.getElementById('timeline-heading')?.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -80);
        });
        await screenshot(page, 'options-entry-timeline');
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`the entry form with its errors shown, ${colorScheme}`, async () => {
      const { page } = await suite.extensionPage('options.html#/new');
      await page.emulateMedia({ colorScheme });
      await page.fill('#f-events-0-sources-0-url', 'javascript:alert(1)');
      await page.click('button[type="submit"]');
      await page.waitForSelector('[data-testid="form-problems"]');
      // The first field in error has the focus, and says what is wrong through aria-describedby.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-id');
      const describedBy = (await page.getAttribute('#f-id', 'aria-describedby')) ?? '';
      expect(await page.textContent(`#${describedBy.split(' ').at(-1)}`)).toContain(
        'expected a kebab-case id',
      );
      expect(await page.textContent('#f-events-0-sources-0-url-error')).toContain('expected an https URL');
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it('reflows at 200% zoom: no sideways scrolling on the KB browser and the entry form', async () => {
    for (const path of ['options.html#/', 'options.html#/new', `options.html#/entry/${ORDER}`]) {
      const { page } = await suite.extensionPage(path);
      await page.setViewportSize({ width: 640, height: 800 });
      await page.waitForSelector('h1');
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
