import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { waitForAnnotation } from '../../scripts/lib/read-badges';
import { CHROME_BUILD, DEMO_DIR, FIXTURES_DIR } from './harness/paths';
import { collectPageErrors, expectLabelledBadges } from './annotate-harness/expect-labelled';
import { todayIso } from './annotate-harness/labelled-badges';
import { expectedStatusOn } from '../fixtures/pages/expected-statuses';

const STATIC_FIXTURES = [
  'split-inline.html',
  'pull-quote.html',
  'lists.html',
  'table.html',
  'live-blog.html',
  'hard-negatives.html',
];

describe('Chromium: badges on article pages', () => {
  let browser: ChromiumWithExtension;
  let fixtures: StaticServer;
  let demo: StaticServer;

  beforeAll(async () => {
    [fixtures, demo] = await Promise.all([
      startStaticServer(`${FIXTURES_DIR}/pages`),
      startStaticServer(DEMO_DIR),
    ]);
    browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await demo?.close();
  });

  async function open(origin: string, path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${origin}/${path}`);
    await waitForAnnotation(page);
    return { page, errors };
  }

  for (const name of STATIC_FIXTURES) {
    it(`puts the expected badges on ${name}, and none on its hard negatives`, async () => {
      const { page, errors } = await open(fixtures.origin, name);
      const checked = await expectLabelledBadges(page);
      expect(await page.locator('statusmark-badge').count()).toBe(checked);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('badges the executive-order report as reported then, official now, outdated', async () => {
    const { page } = await open(demo.origin, 'eo-401k-report.html');
    const order = page.locator('statusmark-badge[data-entry-id="us-eo-14330-alt-assets-401k"]');
    expect(await order.count()).toBeGreaterThanOrEqual(3);
    const first = order.first();
    expect(await first.getAttribute('data-status')).toBe(
      expectedStatusOn('us-eo-14330-alt-assets-401k', todayIso()),
    );
    expect(await first.getAttribute('data-status-at-publication')).toBe('reported');
    expect(await first.getAttribute('data-outdated')).toBe('true');
    // The markets paragraphs are hard negatives.
    expect(await page.locator('p:has-text("Bitcoin traded near") statusmark-badge').count()).toBe(0);
    expect(
      await page.locator('p:has-text("Spot bitcoin exchange-traded funds") statusmark-badge').count(),
    ).toBe(0);
    await page.close();
  });

  it('badges the Labor Department and state-pension demo pages with their entries', async () => {
    const dol = await open(demo.origin, 'dol-rescinds-guidance.html');
    const dolIds = await dol.page.$$eval('statusmark-badge', (hosts) => hosts.map((h) => h.dataset.entryId));
    expect(dolIds).toContain('us-dol-car-2022-01');
    const states = await open(demo.origin, 'state-pension-bills.html');
    const stateIds = await states.page.$$eval('statusmark-badge', (hosts) =>
      hosts.map((h) => h.dataset.entryId),
    );
    expect(stateIds.some((id) => id?.startsWith('us-nc-'))).toBe(true);
    expect([...dol.errors, ...states.errors]).toEqual([]);
  });

  it('keeps the page text exactly as it was: badges add no light-DOM text and wrap nothing', async () => {
    const { page } = await open(fixtures.origin, 'split-inline.html');
    expect(await page.locator('statusmark-badge').count()).toBeGreaterThan(0);
    const [annotated, original] = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      return [document.body.textContent, pristine.body.textContent];
    });
    expect(annotated).toBe(original);
    await page.close();
  });
});
