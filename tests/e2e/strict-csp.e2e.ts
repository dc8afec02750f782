import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { launchFirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { CHROME_BUILD, DEMO_DIR, FIREFOX_BUILD } from './harness/paths';

/**
 * News sites send strict Content Security Policies. The content script imports two modules
 * of its own (detector.js on a page with a KB term, popover-ui.js on the first click): a
 * page's policy must stop neither, in either browser, nor the badges' styles.
 */
const STRICT = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";
const PAGE = readFileSync(join(DEMO_DIR, 'eo-401k-report.html'), 'utf8');

/** Runs in the page: the state, the badge count, and the rounded corners only our badge stylesheet gives. */
function annotation() {
  const inner = document.querySelector('statusmark-badge')?.shadowRoot?.querySelector('.badge');
  return {
    state: document.documentElement.getAttribute('data-statusmark-state'),
    badges: document.querySelectorAll('statusmark-badge').length,
    styled: inner ? getComputedStyle(inner).borderTopLeftRadius !== '0px' : false,
  };
}
const popoverOpen = () =>
  !!document.querySelector('statusmark-popover')?.shadowRoot?.querySelector('[role="dialog"]');

describe('a page with a strict Content Security Policy', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(DEMO_DIR, [
      (req, res) => {
        if (req.url !== '/strict-csp') return false;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', STRICT);
        res.end(PAGE);
        return true;
      },
    ]);
  });
  afterAll(() => server?.close());

  it('gets its badges and a popover in Chromium', async () => {
    const chromium = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
    try {
      const page = await chromium.context.newPage();
      const refused: string[] = [];
      // The page's own stylesheet is refused (the point of the policy); nothing of ours may be.
      page.on('console', (m) => {
        const text = m.text();
        if (/Content Security Policy/i.test(text) && /chrome-extension:|statusmark/i.test(text))
          refused.push(text);
      });
      await page.goto(`${server.origin}/strict-csp`);
      await page.waitForSelector('html[data-statusmark-state="done"]', { timeout: 20_000 });
      const seen = await page.evaluate(annotation);
      expect(seen.badges).toBeGreaterThan(0);
      expect(seen.styled).toBe(true);
      await page.locator('statusmark-badge').first().click();
      await page.waitForFunction(popoverOpen, undefined, { timeout: 10_000 });
      expect(refused).toEqual([]);
    } finally {
      await chromium.close();
    }
  });

  it('gets its badges and a popover in Firefox', async () => {
    const firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
    try {
      const page = await firefox.browser.newPage();
      await page.goto(`${server.origin}/strict-csp`);
      await page.waitForSelector('html[data-statusmark-state="done"]', { timeout: 20_000 });
      const seen = await page.evaluate(annotation);
      expect(seen.badges).toBeGreaterThan(0);
      expect(seen.styled).toBe(true);
      await page.click('statusmark-badge');
      await page.waitForFunction(popoverOpen, { timeout: 10_000 });
    } finally {
      await firefox.close();
    }
  });
});
