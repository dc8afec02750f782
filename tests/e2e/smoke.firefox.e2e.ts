import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { DEMO_DIR, FIREFOX_BUILD } from './harness/paths';
import { tabIdForUrlInExtensionPage } from './harness/tabs';

describe('Firefox ESR: the built extension runs end to end', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer(DEMO_DIR);
    firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('badges the executive-order demo page and the popup counts the same claims', async () => {
    const article = await firefox.browser.newPage();
    const url = `${server.origin}/eo-401k-report.html`;
    await article.goto(url);
    await article.waitForSelector('html[data-statusmark-state="done"]', { timeout: 15_000 });
    const badges = await article.$$eval('statusmark-badge', (hosts) =>
      hosts.map((h) => ({ entryId: h.getAttribute('data-entry-id'), shadow: h.shadowRoot !== null })),
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.map((b) => b.entryId)).toContain('us-eo-14330-alt-assets-401k');

    const popup = await firefox.openExtensionPage('popup.html');
    const tabId = await popup.evaluate(tabIdForUrlInExtensionPage, url);
    const counted = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await counted.waitForFunction(
      (expected: string) => document.querySelector('[data-testid="badge-count"]')?.textContent === expected,
      { timeout: 10_000 },
      `${badges.length} claim${badges.length === 1 ? '' : 's'} on this page`,
    );
  });
});
