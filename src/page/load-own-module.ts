import { browser } from 'wxt/browser';
import { LAZY_MODULES, type LazyModuleName } from './lazy-module-files';
import type { PageDetectorFactory } from './page-detector';
import type { PopoverUi } from '../ui/popover/popover-ui';

/** What each lazily loaded module exports. */
interface LazyModuleExports {
  popoverUi: { popoverUi: PopoverUi };
  detector: { createPageDetector: PageDetectorFactory };
}

/**
 * Imports one of Statusmark's own web-accessible modules. A content script may import()
 * a module of its own extension; it runs in the content script's world, like the script.
 */
export async function loadOwnModule<Name extends LazyModuleName>(
  name: Name,
): Promise<LazyModuleExports[Name]> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${LAZY_MODULES[name].file}`);
  // The URL is our own extension's file (runtime.getURL of a constant), never page input.
  // eslint-disable-next-line no-unsanitized/method
  return (await import(/* @vite-ignore */ url)) as LazyModuleExports[Name];
}

/** The popover's UI, the first time a reader opens a badge. */
export const loadPopoverUiFromExtension = async (): Promise<PopoverUi> =>
  (await loadOwnModule('popoverUi')).popoverUi;

/** Detection and assessment, the first time a page's text holds a KB term. */
export const loadDetectorFromExtension = async (): Promise<PageDetectorFactory> =>
  (await loadOwnModule('detector')).createPageDetector;
