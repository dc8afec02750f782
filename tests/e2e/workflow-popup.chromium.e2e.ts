import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../src/report/csv-report';
import { parseCsv } from '../report/parse-csv';
import { badgeFacts, openPopupFor, popupClaims, type BadgeFacts } from './workflow-harness/badge-facts';
import { request } from './workflow-harness/extension-calls';
import { workflowSuite } from './workflow-harness/workflow-suite';

const ARTICLE = 'eo-401k-report.html';
const WORD: Record<string, string> = {
  proposed: 'Proposed',
  reported: 'Reported',
  official: 'Official',
  rescinded: 'Rescinded',
};
const today = () => new Date().toISOString().slice(0, 10);

interface StoredEntry {
  entry: { id: string; title: string };
  origin: string;
}

describe('Chromium: the popup lists and reports the claims of the page', () => {
  const suite = workflowSuite();
  let article: Page;
  let popup: Page;
  let url: string;
  let badges: BadgeFacts[];

  beforeAll(async () => {
    url = `${suite.demo}/${ARTICLE}`;
    article = await suite.article(suite.demo, ARTICLE);
    badges = await badgeFacts(article);
    popup = (await suite.extensionPage('popup.html')).page;
    await popup.setViewportSize({ width: 420, height: 800 });
    await openPopupFor(popup, suite.browser.extensionId, url);
    await popup.waitForSelector('li.claim');
  });

  it('lists the same claims as the badges on the page, with the same statuses', async () => {
    expect(badges.length).toBeGreaterThan(3);
    const key = (c: { entryId: string; status: string }) => `${c.entryId} ${c.status}`;
    expect((await popupClaims(popup)).map(key).sort()).toEqual(badges.map(key).sort());
    expect(await popup.textContent('[data-testid="badge-count"]')).toBe(
      `${badges.length} claims on this page`,
    );
  });

  it('puts the expected Markdown report on the clipboard with "Copy report"', async () => {
    // Permissions cannot be granted to an extension origin: the article's page reads the clipboard.
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.demo,
    });
    await popup.bringToFront();
    await popup.click('button:has-text("Copy report")');
    await expect
      .poll(() => popup.textContent('.report-actions [role="status"]'))
      .toBe('Report copied as Markdown.');
    await article.bringToFront();
    const markdown = await article.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();

    const { kb } = await request<{ kb: { version: number } }>(popup, { type: 'getKbInfo' });
    const titles = new Map(
      (await request<StoredEntry[]>(popup, { type: 'listEntries' })).map((s) => [s.entry.id, s.entry.title]),
    );
    const lines = markdown.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `# Statusmark report: ${await article.title()}`.replace(/\|/g, '\\|'),
      '',
      `- Page: <${url}>`,
      '- Published: 2025-07-17',
      `- Checked: ${today()} against Statusmark KB version ${kb.version}`,
      '',
    ]);
    const items = lines.filter((line) => /^\d+\. "/.test(line));
    expect(items).toHaveLength(badges.length);
    badges.forEach((badge, i) => {
      const then = badge.atPublication ? WORD[badge.atPublication] : 'No status yet';
      expect(items[i]).toMatch(new RegExp(`^${i + 1}\\. ".+" - `));
      expect(items[i]).toContain(
        ` - ${titles.get(badge.entryId)}: ${then} at publication, ${WORD[badge.status]} now (since `,
      );
      expect(items[i]?.includes(', outdated')).toBe(badge.outdated);
    });
    const orderItem = lines.findIndex((line) => line.includes(' - Executive Order 14330: '));
    expect(lines[orderItem + 1]).toBe(
      '   Primary source: The White House, "Democratizing Access to Alternative Assets for 401(k) Investors", ' +
        '<https://www.whitehouse.gov/presidential-actions/2025/08/democratizing-access-to-alternative-assets-for-401k-investors>',
    );
  });

  const download = async (label: string): Promise<{ name: string; text: string }> => {
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click(`button:has-text("${label}")`),
    ]);
    return {
      name: (file as Download).suggestedFilename(),
      text: readFileSync(await (file as Download).path(), 'utf8'),
    };
  };

  it('downloads the same report as CSV and JSON files that parse, one row per claim', async () => {
    const csv = await download('Download CSV');
    expect(csv.name).toBe(`statusmark-report-127.0.0.1-${today()}.csv`);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const column = (name: (typeof CSV_COLUMNS)[number]) =>
      rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column('entry_id')).toEqual(badges.map((b) => b.entryId));
    expect(column('status_now')).toEqual(badges.map((b) => b.status));
    expect(column('page_url').every((u) => u === url)).toBe(true);

    const json = await download('Download JSON');
    const report = JSON.parse(json.text) as {
      format: string;
      page: { url: string };
      claims: { entryId: string; currentStatus: string }[];
    };
    expect(report.format).toBe('statusmark-page-report');
    expect(report.page.url).toBe(url);
    expect(report.claims.map((c) => [c.entryId, c.currentStatus])).toEqual(
      badges.map((b) => [b.entryId, b.status]),
    );
  });

  it('scrolls the page to a claim clicked in the popup and focuses its badge', async () => {
    const last = popup.locator('li.claim').last();
    const entryId = await last.getAttribute('data-entry-id');
    await last.locator('button.claim-jump').click();
    await expect
      .poll(() => article.evaluate(() => document.activeElement?.getAttribute('data-entry-id') ?? null))
      .toBe(entryId);
  });

  it('turns Statusmark off for the site from the popup, and back on', async () => {
    await popup.click('label:has-text("On for 127.0.0.1") input');
    await expect.poll(() => article.locator('statusmark-badge').count()).toBe(0);
    await expect
      .poll(() => popup.textContent('[data-testid="empty-state"]'))
      .toContain('Statusmark is off for this site');
    await popup.click('label:has-text("On for 127.0.0.1") input');
    await expect.poll(() => article.locator('statusmark-badge').count()).toBe(badges.length);
    await expect.poll(() => popup.locator('li.claim').count(), { timeout: 10_000 }).toBe(badges.length);
  });
});
