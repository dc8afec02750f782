import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { readBadges, waitForAnnotation } from '../../scripts/lib/read-badges';
import { CHROME_BUILD, DEMO_DIR } from './harness/paths';
import { readExtensionErrors, recordExtensionErrors } from './harness/extension-errors';
import { tabIdForUrlInExtensionPage } from './harness/tabs';

describe('Chromium: the built extension runs end to end', () => {
  let browser: ChromiumWithExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer(DEMO_DIR);
    browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
    // From here on chrome://extensions records every runtime error, for the last test.
    await recordExtensionErrors(browser.context, browser.extensionId);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the extension with a running background service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await browser.worker();
    expect(worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('puts a badge after a matching sentence of the executive-order demo page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/eo-401k-report.html`);
    await waitForAnnotation(page);
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.map((b) => b.entryId)).toContain('us-eo-14330-alt-assets-401k');
    const hasShadowRoot = await page.$eval('statusmark-badge', (host) => host.shadowRoot !== null);
    expect(hasShadowRoot).toBe(true);
  });

  it('shows in the popup as many claims as the page has badges', async () => {
    const article = await browser.context.newPage();
    const url = `${server.origin}/eo-401k-report.html`;
    await article.goto(url);
    await waitForAnnotation(article);
    const onPage = (await readBadges(article)).length;

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const tabId = await popup.evaluate(tabIdForUrlInExtensionPage, url);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.textContent('[data-testid="badge-count"]'))
      .toBe(`${onPage} claim${onPage === 1 ? '' : 's'} on this page`);
  });

  it('shows no errors or warnings on chrome://extensions after the pages above', async () => {
    const errors = await readExtensionErrors(browser.context, browser.extensionId);
    expect(errors).toEqual({ state: 'ENABLED', manifestErrors: [], runtimeErrors: [], installWarnings: [] });
  });
});
