import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { DEMO_DIR, FIREFOX_BUILD, FIXTURES_DIR } from './harness/paths';
import { expectedBadge } from '../fixtures/pages/expected-statuses';
import { todayIso } from './annotate-harness/labelled-badges';

interface Badge {
  entryId: string | null;
  status: string | null;
  claimed: string | null;
  atPublication: string | null;
  outdated: string | null;
  text: string | null;
}

function readBadges(page: Page): Promise<Badge[]> {
  return page.$$eval('statusmark-badge', (hosts) =>
    hosts.map((h) => ({
      entryId: h.getAttribute('data-entry-id'),
      status: h.getAttribute('data-status'),
      claimed: h.getAttribute('data-claimed-status'),
      atPublication: h.getAttribute('data-status-at-publication'),
      outdated: h.getAttribute('data-outdated'),
      text: h.shadowRoot?.textContent ?? null,
    })),
  );
}

/**
 * Waits for `selector` inside the popover's shadow root by polling: puppeteer's
 * waitForSelector watches the document for mutations, and a popover drawn inside a
 * shadow root after the wait began never wakes it.
 */
function inPopover(page: Page, selector: string): Promise<unknown> {
  return page.waitForFunction(
    (s) => !!document.querySelector('statusmark-popover')?.shadowRoot?.querySelector(s),
    { polling: 100, timeout: 10_000 },
    selector,
  );
}

describe('Firefox ESR: badges, the popover and a growing page', () => {
  let firefox: FirefoxWithExtension;
  let demo: StaticServer;
  let fixtures: StaticServer;

  beforeAll(async () => {
    [demo, fixtures] = await Promise.all([
      startStaticServer(DEMO_DIR),
      startStaticServer(`${FIXTURES_DIR}/pages`),
    ]);
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.close();
    await fixtures?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 850 });
    await page.goto(url);
    await page.waitForSelector('html[data-statusmark-state="done"]', { timeout: 15_000 });
    return page;
  }

  it('badges the demo pages as Chromium does, each badge drawn in its shadow root', async () => {
    const page = await open(`${demo.origin}/eo-401k-report.html`);
    const badges = await readBadges(page);
    const order = badges.filter((b) => b.entryId === 'us-eo-14330-alt-assets-401k');
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order[0]).toMatchObject({ status: 'official', atPublication: 'reported', outdated: 'true' });
    expect(order[0]?.text).toContain('now Official');
    // The shared stylesheet reached the shadow root (adopted, or a <style> copy where Firefox refuses).
    const styled = await page.$eval('pierce/.badge', (el) => getComputedStyle(el).borderTopStyle);
    expect(styled).toMatch(/solid|dashed/);
    for (const name of ['dol-rescinds-guidance.html', 'state-pension-bills.html']) {
      const other = await open(`${demo.origin}/${name}`);
      expect((await readBadges(other)).length).toBeGreaterThan(0);
      await other.close();
    }
    await page.close();
  });

  it('opens the popover with the timeline on click and Enter; Esc closes it and focus returns', async () => {
    const page = await open(`${demo.origin}/eo-401k-report.html`);
    await page.click('statusmark-badge');
    await inPopover(page, '.timeline');
    const title = await page.$eval('pierce/#sm-title', (h) => h.textContent);
    expect(title).toContain('Executive Order 14330');
    const hrefs = await page.$$eval('pierce/.timeline a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith('https://'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('statusmark-popover')?.shadowRoot?.querySelector('[role="dialog"]'),
    );
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('statusmark-badge');
    await page.keyboard.press('Enter');
    await inPopover(page, '[role="dialog"]');
    await page.close();
  });

  it('badges each article the infinite-scroll feed appends, once', async () => {
    const page = await open(`${fixtures.origin}/infinite-scroll.html`);
    await page.waitForSelector('html[data-feed-done="true"]', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll('statusmark-badge').length >= 7, {
      timeout: 5_000,
    });
    await new Promise((r) => setTimeout(r, 300));
    const blocks = await page.$$eval('[data-expect]', (els) =>
      els.map((el) => ({
        label: el.getAttribute('data-expect') ?? '',
        entries: [...el.querySelectorAll('statusmark-badge')].map((h) => h.getAttribute('data-entry-id')),
      })),
    );
    for (const block of blocks) {
      const want =
        block.label === 'none' ? [] : [expectedBadge(block.label, '2025-07-20', todayIso()).entryId];
      expect(block.entries).toEqual(want);
    }
    expect((await readBadges(page)).length).toBe(7);
    await page.close();
  });
});
