import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './find-browser';

/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'statusmark@statusmark.dev';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> of the installed extension. */
  extensionOrigin: string;
  /** Opens an extension page (e.g. popup.html) in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi and installs the
 * built extension as a temporary add-on. The internal UUID is pinned through a
 * pref so extension pages have a known address.
 */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  /** Extra Firefox prefs, e.g. `network.dns.localDomains` to resolve a test host name to loopback. */
  prefs: Record<string, unknown> = {},
): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(resolve(extensionDir));
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      // page.goto() never sees a load event for moz-extension:// pages: navigate over BiDi.
      const frame = page.mainFrame() as unknown as {
        browsingContext: {
          navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
        };
      };
      await frame.browsingContext.navigate(`${extensionOrigin}/${path}`, 'complete');
      return page;
    },
    close: () => browser.close(),
  };
}
