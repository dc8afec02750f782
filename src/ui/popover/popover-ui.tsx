import { backgroundDetailsSource } from './background-details';
import type { EntryDetailsSource } from './entry-details';
import { PopoverController, type PopoverControllerOptions, type PopoverHandle } from './popover-controller';

/**
 * The popover as one module, loaded by the content script only when a reader first
 * opens a badge: Preact, the popover, its styles, its event handling and its requests
 * for entry details stay out of the script every page loads. The build ships it as
 * popover-ui.js (see scripts/wxt-popover-ui.ts).
 */
export interface PopoverUi {
  createPopover(options: Omit<PopoverControllerOptions, 'details'>): PopoverHandle;
}

export function createPopoverUi(details: EntryDetailsSource): PopoverUi {
  return { createPopover: (options) => new PopoverController({ ...options, details }) };
}

/** What the content script imports: details come from the extension's background. */
export const popoverUi = createPopoverUi(backgroundDetailsSource());
