import type { BrowserContext } from 'playwright-core';

export interface ExtensionErrors {
  state: string;
  manifestErrors: string[];
  runtimeErrors: string[];
  installWarnings: string[];
}

interface DeveloperPrivate {
  getExtensionsInfo(
    options: { includeDisabled: boolean; includeTerminated: boolean },
    callback: (infos: ExtensionInfo[]) => void,
  ): void;
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, callback: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, callback: () => void): void;
}
interface ExtensionInfo {
  id: string;
  state: string;
  manifestErrors: { message: string }[];
  runtimeErrors: { message: string; source?: string }[];
  installWarnings: string[];
}

/**
 * Turns on developer mode on chrome://extensions and reloads the extension, so
 * Chromium records every runtime error from the extension's start on (errors are
 * only recorded while developer mode is on).
 */
export async function recordExtensionErrors(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  const reloaded = context.waitForEvent('serviceworker', { timeout: 15_000 });
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        dp.updateProfileConfiguration({ inDeveloperMode: true }, () =>
          dp.reload(id, { failQuietly: false }, resolve),
        );
      }),
    extensionId,
  );
  await reloaded;
  await page.close();
}

/** What chrome://extensions shows for the extension: its state, and every error and warning. */
export async function readExtensionErrors(
  context: BrowserContext,
  extensionId: string,
): Promise<ExtensionErrors> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  const info = await page.evaluate(
    (id) =>
      new Promise<ExtensionInfo | undefined>((resolve) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        dp.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (infos) =>
          resolve(infos.find((i) => i.id === id)),
        );
      }),
    extensionId,
  );
  await page.close();
  if (!info) throw new Error(`chrome://extensions does not list ${extensionId}`);
  return {
    state: info.state,
    manifestErrors: info.manifestErrors.map((e) => e.message),
    runtimeErrors: info.runtimeErrors.map((e) => `${e.message} (${e.source ?? 'unknown source'})`),
    installWarnings: info.installWarnings,
  };
}
