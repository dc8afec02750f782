import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectLabelledBadges } from './annotate-harness/expect-labelled';
import { annotateSuite } from './annotate-harness/chromium-suite';

/**
 * Every badge on the page is one of ours (it has its shadow root), and no sentence has
 * two for one entry: badges after the same sentence end stand side by side, so a
 * duplicate is a neighbour with the same entry id.
 */
async function expectNoDuplicates(page: Page): Promise<void> {
  const found = await page.$$eval('statusmark-badge', (hosts) => ({
    foreign: hosts.filter((h) => h.shadowRoot === null).length,
    duplicates: hosts.filter((h) => {
      for (let n = h.nextSibling; n?.nodeName === 'STATUSMARK-BADGE'; n = n.nextSibling) {
        if ((n as HTMLElement).dataset.entryId === h.dataset.entryId) return true;
      }
      return false;
    }).length,
  }));
  expect(found).toEqual({ foreign: 0, duplicates: 0 });
}

describe('Chromium: badges on pages that change', () => {
  const suite = annotateSuite();
  const open = (path: string) => suite.open(suite.fixtures, path);

  it('badges each article an infinite-scroll feed appends every 500 ms, once', async () => {
    const { page, errors } = await open('infinite-scroll.html');
    await page.waitForSelector('html[data-feed-done="true"]', { state: 'attached', timeout: 10_000 });
    await expect.poll(() => page.locator('statusmark-badge').count(), { timeout: 5_000 }).toBe(7);
    await page.waitForTimeout(300);
    expect(await expectLabelledBadges(page)).toBe(7);
    await expectNoDuplicates(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts over on an SPA route change, with the new article and its own date', async () => {
    const { page, errors } = await open('spa-route.html');
    expect(await expectLabelledBadges(page)).toBe(2);
    // A #fragment link is the same article: the badge stays, untouched.
    const first = await page.locator('statusmark-badge').first().elementHandle();
    await page.click('#to-comments');
    await page.waitForTimeout(600);
    expect(await first?.evaluate((host) => host.isConnected)).toBe(true);
    await page.click('#to-dol');
    const dol = page.locator('statusmark-badge[data-entry-id="us-dol-car-2022-01"]');
    await dol.waitFor({ state: 'attached', timeout: 5_000 });
    // Published 2025-06-02, after the 2022 guidance was rescinded: the claim was current then.
    await expect
      .poll(() => dol.getAttribute('data-status-at-publication'), { timeout: 5_000 })
      .toBe('rescinded');
    expect(await expectLabelledBadges(page)).toBe(1);
    await page.click('#to-markets');
    await expect.poll(() => page.locator('statusmark-badge').count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives up after the page removed a badge a few times, and survives re-renders and clones', async () => {
    const { page, errors } = await open('deleting-page.html');
    await page.waitForTimeout(1_000);
    const removed = await page.evaluate(() => (window as unknown as { removedBadges: number }).removedBadges);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(removed).toBeLessThanOrEqual(3);
    expect(await page.locator('#sanitized statusmark-badge').count()).toBe(0);

    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await expect.poll(() => page.locator('#rerender statusmark-badge').count(), { timeout: 5_000 }).toBe(1);

    await page.evaluate(() => (window as unknown as { cloneKept(): void }).cloneKept());
    await expect
      .poll(() => page.$$eval('#kept-copy statusmark-badge', (hs) => hs.map((h) => h.shadowRoot !== null)), {
        timeout: 5_000,
      })
      .toEqual([true]);
    await page.waitForTimeout(300);
    // #kept, #rerender and the copy of #kept (which carries #kept's label).
    expect(await expectLabelledBadges(page)).toBe(3);
    await expectNoDuplicates(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never badges a contenteditable editor or form fields, even while the reader types', async () => {
    const { page, errors } = await open('editor.html');
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(
      ' President Trump may sign an executive order letting 401(k) plans hold crypto.',
    );
    await page.waitForTimeout(400);
    expect(await page.locator('#editor statusmark-badge').count()).toBe(0);
    expect(await expectLabelledBadges(page)).toBe(1);
    expect(await page.locator('statusmark-badge').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
