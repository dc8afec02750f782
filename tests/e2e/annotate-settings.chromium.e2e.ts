import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotateSuite } from './annotate-harness/chromium-suite';
import type { ExtensionApi } from './annotate-harness/extension-api';

/** Inside the browser (evaluate callbacks cannot close over imports): Chromium's `chrome`, typed. */
declare const chrome: ExtensionApi;

/** An own entry whose name appears in table.html's Texas row (a row no shipped entry matches). */
const OWN_ENTRY = {
  id: 'local-texas-roads-budget',
  title: 'Texas roads and schools budget (reader entry)',
  summary: 'A test entry written by the reader.',
  jurisdiction: { country: 'US', region: 'Texas' },
  kind: 'bill',
  scope: 'retirement',
  events: [
    {
      date: '2025-01-10',
      status: 'proposed',
      summary: 'Filed.',
      sources: [
        { url: 'https://capitol.example/roads', title: 'Bill', publisher: 'Legislature', primary: true },
      ],
    },
  ],
  caveats: [],
  related: [],
  confidence: 'confirmed',
  detect: { names: ['state budget for roads'] },
};

describe('Chromium: settings, KB changes and the toolbar count reach open pages', () => {
  const suite = annotateSuite();
  let article: Page;
  let extensionPage: Page;

  beforeAll(async () => {
    article = (await suite.open(suite.fixtures, 'table.html')).page;
    extensionPage = await suite.browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
  });

  const count = () => article.locator('statusmark-badge').count();
  const setSettings = (settings: object) =>
    extensionPage.evaluate((value) => chrome.storage.local.set({ settings: value }), {
      paused: false,
      disabledSites: [],
      feedUrl: '',
      ...settings,
    });

  it('shows the number of claims on the tab in the toolbar icon', async () => {
    const onPage = String(await count());
    const worker = await suite.browser.worker();
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const tabs = await chrome.tabs.query({});
          return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id })));
        }),
      )
      .toContain(onPage);
  });

  it('badges an own entry as soon as the reader adds it, with the local mark', async () => {
    const reply = await extensionPage.evaluate(
      (entry) => chrome.runtime.sendMessage({ type: 'createUserEntry', entry }),
      OWN_ENTRY,
    );
    expect(reply).toMatchObject({ ok: true });
    const own = article.locator(`statusmark-badge[data-entry-id="${OWN_ENTRY.id}"]`);
    await own.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await own.getAttribute('data-local')).toBe('true');
    expect(await own.getAttribute('data-status')).toBe('proposed');
    expect(await own.evaluate((h) => h.shadowRoot?.textContent)).toContain('local');
  });

  it('takes every badge away while paused or on a site turned off, and puts them back after', async () => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await setSettings({ paused: true });
    await expect.poll(count).toBe(0);
    expect(await article.getAttribute('html', 'data-statusmark-state')).toBe('off');
    await setSettings({});
    await expect.poll(count).toBe(before);

    await setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(count).toBe(0);
    await setSettings({});
    await expect.poll(count).toBe(before);
  });
});
