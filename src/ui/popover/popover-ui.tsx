import { render } from 'preact';
import POPOVER_CSS from './popover.css?inline';
import { Popover, type PopoverProps } from './Popover';
import { formatCitation, type CitationInput } from './citation';
import { copyText } from './copy-text';
import { placePopover } from './position';
import { backgroundDetailsSource } from './background-details';
import type { EntryDetailsSource } from './entry-details';

/**
 * The popover's UI as one module, loaded by the content script only when a reader
 * first opens a badge: Preact, the popover and its styles stay out of the script every
 * page loads. The build ships it as popover-ui.js (see scripts/wxt-popover-ui.ts).
 */
export interface PopoverUi {
  css: string;
  /** Entry details by id, asked of the background when a popover opens. */
  details: EntryDetailsSource;
  show(container: Element, props: PopoverProps): void;
  hide(container: Element): void;
  citation(input: CitationInput): string;
  copy(text: string, scratch: Node): Promise<boolean>;
  place: typeof placePopover;
}

export function createPopoverUi(details: EntryDetailsSource): PopoverUi {
  return {
    css: POPOVER_CSS,
    details,
    show: (container, props) => render(<Popover {...props} />, container),
    hide: (container) => render(null, container),
    citation: formatCitation,
    copy: copyText,
    place: placePopover,
  };
}

/** What the content script imports: details come from the extension's background. */
export const popoverUi = createPopoverUi(backgroundDetailsSource());
