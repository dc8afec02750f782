import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './find-browser';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headed?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
}

/**
 * Starts Chromium with the built extension in a fresh profile. Headless runs use
 * `--headless=new` (the old headless mode cannot load extensions).
 */
export async function launchChromiumWithExtension(options: LaunchOptions): Promise<ChromiumWithExtension> {
  const extensionDir = resolve(options.extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'statusmark-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const first = await worker();
  const extensionId = first.url().split('/')[2] ?? '';
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
