import { browser } from 'wxt/browser';
import type { PopoverUi } from '../ui/popover/popover-ui';

/** Where the build puts the popover's UI module (scripts/wxt-lazy-modules.ts). */
export const POPOVER_UI_FILE = 'popover-ui.js'; // as in scripts/wxt-lazy-modules.ts

/**
 * Imports the popover's UI module from the extension, the first time a reader opens a
 * badge. A content script may import() a web-accessible module of its own extension;
 * it runs in the content script's world, like the script itself.
 */
export async function loadPopoverUiFromExtension(): Promise<PopoverUi> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${POPOVER_UI_FILE}`);
  // The URL is our own extension's file (runtime.getURL of a constant), never page input.
  // eslint-disable-next-line no-unsanitized/method
  const module = (await import(/* @vite-ignore */ url)) as { popoverUi: PopoverUi };
  return module.popoverUi;
}
