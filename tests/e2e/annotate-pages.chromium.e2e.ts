import { describe, expect, it } from 'vitest';
import { expectLabelledBadges } from './annotate-harness/expect-labelled';
import { annotateSuite } from './annotate-harness/chromium-suite';
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
  const suite = annotateSuite();
  const open = suite.open;

  for (const name of STATIC_FIXTURES) {
    it(`puts the expected badges on ${name}, and none on its hard negatives`, async () => {
      const { page, errors } = await open(suite.fixtures, name);
      const checked = await expectLabelledBadges(page);
      expect(await page.locator('statusmark-badge').count()).toBe(checked);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('badges the executive-order report as reported then, official now, outdated', async () => {
    const { page } = await open(suite.demo, 'eo-401k-report.html');
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
    const dol = await open(suite.demo, 'dol-rescinds-guidance.html');
    const dolIds = await dol.page.$$eval('statusmark-badge', (hosts) => hosts.map((h) => h.dataset.entryId));
    expect(dolIds).toContain('us-dol-car-2022-01');
    const states = await open(suite.demo, 'state-pension-bills.html');
    const stateIds = await states.page.$$eval('statusmark-badge', (hosts) =>
      hosts.map((h) => h.dataset.entryId),
    );
    expect(stateIds.some((id) => id?.startsWith('us-nc-'))).toBe(true);
    // A vetoed bill stays proposed, with how it ended beside the status.
    const vetoed = states.page.locator('statusmark-badge[data-entry-id="us-az-sb1025"]').first();
    expect(await vetoed.getAttribute('data-status')).toBe('proposed');
    expect(await vetoed.getAttribute('data-outcome')).toBe('vetoed');
    expect(await vetoed.evaluate((h) => h.shadowRoot?.textContent)).toBe('Proposed \u00b7 vetoed');
    expect([...dol.errors, ...states.errors]).toEqual([]);
  });

  it('keeps the page text exactly as it was: badges add no light-DOM text and wrap nothing', async () => {
    const { page } = await open(suite.fixtures, 'split-inline.html');
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
