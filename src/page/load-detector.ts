import { browser } from 'wxt/browser';
import type { PageDetectorFactory } from './page-detector';

/** Where the build puts the engine's lazily loaded module (scripts/wxt-lazy-modules.ts). */
export const DETECTOR_FILE = 'detector.js';

/**
 * Imports detection and assessment from the extension, the first time a page's text
 * holds a KB term. Like the popover's module, it runs in the content script's world.
 */
export async function loadDetectorFromExtension(): Promise<PageDetectorFactory> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${DETECTOR_FILE}`);
  // The URL is our own extension's file (runtime.getURL of a constant), never page input.
  // eslint-disable-next-line no-unsanitized/method
  const module = (await import(/* @vite-ignore */ url)) as { createPageDetector: PageDetectorFactory };
  return module.createPageDetector;
}
