import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Page } from 'playwright-core';
import { waitForAnnotation } from '../../scripts/lib/read-badges';
import { findChromium } from '../../scripts/lib/find-browser';
import { CHROME_BUILD, ROOT } from './harness/paths';
import { annotateSuite } from './annotate-harness/chromium-suite';
import { todayIso } from './annotate-harness/labelled-badges';

const ORDER = 'us-eo-14330-alt-assets-401k';
const dialog = (page: Page) => page.locator('statusmark-popover [role="dialog"]');

/** The element focused across shadow roots: the popover's dialog shows as "dialog". */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('role') === 'dialog' ? 'dialog' : (el?.localName ?? null);
  });

describe('Chromium: the popover with the facts behind a badge', () => {
  const suite = annotateSuite();
  beforeAll(() =>
    suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.demo }),
  );

  async function openDemo(): Promise<Page> {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 850 });
    await page.goto(`${suite.demo}/eo-401k-report.html`);
    await waitForAnnotation(page);
    return page;
  }

  it('is reached with Tab, opens with Enter, takes focus, and Esc gives focus back to the badge', async () => {
    const page = await openDemo();
    for (let i = 0; i < 10 && (await focused(page)) !== 'statusmark-badge'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('statusmark-badge');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/^Statusmark: Official since 2025-08-07, Executive Order 14330/);

    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    expect(await focused(page)).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await focused(page)).toBe('statusmark-badge');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);

    await page.keyboard.press(' ');
    await dialog(page).waitFor();
    await page.close();
  });

  it('shows the entry, its dated timeline with https sources, caveats and why it matched', async () => {
    const page = await openDemo();
    await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).first().click();
    await page.locator('statusmark-popover .timeline').waitFor();
    const box = dialog(page);
    expect(await box.locator('h2').textContent()).toBe(
      'Executive Order 14330: Democratizing Access to Alternative Assets for 401(k) Investors',
    );
    expect(await box.locator('.now').textContent()).toContain('Official since 2025-08-07');
    expect(await box.locator('.facts').textContent()).toContain('At publication (2025-07-17)Reported');
    expect(await box.locator('.outdated').textContent()).toContain('Reported \u2192 now Official');
    expect(await box.locator('.timeline time').allTextContents()).toEqual(
      expect.arrayContaining(['2025-07-17', '2025-08-07']),
    );
    const links = await box
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
      );
    expect(links.length).toBeGreaterThan(2);
    for (const [href, target, rel] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect([target, rel]).toEqual(['_blank', 'noopener noreferrer']);
    }
    expect(await box.locator('.caveats li').count()).toBeGreaterThan(0);
    expect(await box.locator('.why').textContent()).toMatch(/^Why it matched: .+/);
    // Kept inside the viewport.
    const rect = await box.boundingBox();
    expect(
      rect && rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= 1100 && rect.y + rect.height <= 850,
    ).toBe(true);
    await page.mouse.click(5, 800);
    await expect.poll(() => dialog(page).count()).toBe(0);
    await page.close();
  });

  it('stays usable at 200% zoom: badges readable, the popover inside the viewport and scrollable', async () => {
    // 200% zoom halves the viewport in CSS pixels: 1100 x 850 becomes 550 x 425.
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 550, height: 425 });
    await page.goto(`${suite.demo}/eo-401k-report.html`);
    await waitForAnnotation(page);
    const badge = page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).first();
    await badge.scrollIntoViewIfNeeded();
    const text = await badge.evaluate((h) => h.shadowRoot!.querySelector('.badge')!.getBoundingClientRect());
    expect(text.width).toBeGreaterThan(40);
    await badge.click();
    await page.locator('statusmark-popover .timeline').waitFor();
    const box = await dialog(page).boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 550 && box.y + box.height <= 425).toBe(
      true,
    );
    const scrolls = await dialog(page).evaluate(
      (el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY,
    );
    expect(scrolls).toBe('auto');
    await page.close();
  });

  it('copies a citation with the entry, status, as-of date, primary source and KB version', async () => {
    const page = await openDemo();
    await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).first().click();
    await page.locator('statusmark-popover .timeline').waitFor();
    await dialog(page).getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => dialog(page).locator('[role="status"]').textContent()).toBe('Citation copied.');
    const kbVersion = JSON.parse(readFileSync(join(CHROME_BUILD, 'kb/snapshot.json'), 'utf8')).version;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        `Executive Order 14330: Democratizing Access to Alternative Assets for 401(k) Investors - Official since 2025-08-07 (as of ${todayIso()}).`,
        'Primary source: The White House, "Democratizing Access to Alternative Assets for 401(k) Investors", https://www.whitehouse.gov/presidential-actions/2025/08/democratizing-access-to-alternative-assets-for-401k-investors',
        `Statusmark KB version ${kbVersion}, entry ${ORDER}.`,
      ].join('\n'),
    );
    await page.close();
  });

  it('"Not this claim" hides that badge and keeps it hidden when the page is opened again', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.fixtures}/lists.html`);
    await waitForAnnotation(page);
    const before = await page.locator('statusmark-badge').count();
    await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).click();
    await dialog(page).getByRole('button', { name: 'Not this claim' }).click();
    expect(await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).count()).toBe(0);
    expect(await page.locator('statusmark-badge').count()).toBe(before - 1);
    await page.reload();
    await waitForAnnotation(page);
    expect(await page.locator('statusmark-badge').count()).toBe(before - 1);
    expect(await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).count()).toBe(0);
    await page.close();
  });

  it('adds no WCAG 2.2 AA violation to the page, with the popover open, light and dark (axe-core)', async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    // A violation is its rule and the element's opening tag: selectors change when our
    // shadow roots add elements of the same kind (the popover's <time>s), tags do not.
    const found = (result: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
      result.violations.flatMap((v) =>
        v.nodes.map((n) => ({ where: n.target.join(' '), what: `${v.id} ${n.html.split('>')[0]}` })),
      );
    const plain = await chromium.launch({
      executablePath: findChromium(),
      args: ['--headless=new', '--no-sandbox'],
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      const bare = await (await plain.newContext({ colorScheme })).newPage();
      await bare.goto(`${suite.demo}/eo-401k-report.html`);
      const known = new Set(
        found(await new AxeBuilder({ page: bare }).withTags(tags).analyze()).map((v) => v.what),
      );

      const page = await openDemo();
      await page.emulateMedia({ colorScheme });
      await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).first().click();
      await page.locator('statusmark-popover .timeline').waitFor();
      const annotated = await new AxeBuilder({ page }).withTags(tags).analyze();
      const added = found(annotated).filter((v) => v.where.includes('statusmark') || !known.has(v.what));
      expect(added, colorScheme).toEqual([]);
      // The badges and the popover were checked, not skipped.
      expect(
        annotated.passes.some((p) => p.nodes.some((n) => JSON.stringify(n.target).includes('statusmark'))),
      ).toBe(true);
      await page.close();
    }
    await plain.close();
  });

  it('renders the annotated demo page in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await suite.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1100, height: 850 });
      await page.goto(`${suite.demo}/eo-401k-report.html`);
      await waitForAnnotation(page);
      await page.locator(`statusmark-badge[data-entry-id="${ORDER}"]`).nth(1).click();
      await page.locator('statusmark-popover .timeline').waitFor();
      const shot = await page.screenshot();
      expect(shot.length).toBeGreaterThan(10_000);
      // STATUSMARK_SCREENSHOTS=1 refreshes the README's pictures.
      if (process.env.STATUSMARK_SCREENSHOTS === '1') {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        await page.screenshot({ path: join(ROOT, `docs/screenshots/annotated-${colorScheme}.png`) });
      }
      await page.close();
    }
  });
});
