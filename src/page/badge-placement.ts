import { isOwnBadge } from '../ui/badge/badge-element';

/** A point in the page's text: a Text node and an offset in it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * Where a badge goes: right after the sentence's last character. A badge never goes
 * inside a link or a button (a click on it would follow the link): there it goes right
 * after that element instead. `split` is set when the Text node must be split first.
 */
interface Slot {
  parent: Node;
  before: Node | null;
  split: TextPoint | null;
}

const INTERACTIVE = new Set(['a', 'button', 'label', 'summary', 'select', 'textarea']);

function outermostInteractive(node: Node, block: Element): Element | null {
  let found: Element | null = null;
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (INTERACTIVE.has(el.localName)) found = el;
  }
  return found;
}

function slotAfter(end: TextPoint, block: Element): Slot | null {
  const interactive = outermostInteractive(end.node, block);
  const parent = (interactive ?? end.node).parentNode;
  if (!parent) return null;
  if (interactive) return { parent, before: interactive.nextSibling, split: null };
  if (end.offset < end.node.length) return { parent, before: null, split: end };
  return { parent, before: end.node.nextSibling, split: null };
}

/** Our badges already standing at a slot (a sentence can name several entries). */
function badgesAt(slot: Slot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (let node = slot.before; isOwnBadge(node); node = node.nextSibling) found.push(node);
  return found;
}

/** Our badge for `entryId` right after the sentence ending at `end`, if there is one. */
export function badgeAfter(end: TextPoint, block: Element, entryId: string): HTMLElement | null {
  const slot = slotAfter(end, block);
  if (!slot || slot.split) return null;
  return badgesAt(slot).find((host) => host.getAttribute('data-entry-id') === entryId) ?? null;
}

/**
 * Inserts `host` right after the sentence ending at `end` (after any badges already
 * there). Splits the Text node when the sentence ends inside it; the page's text is
 * never moved or wrapped. Returns false when the point is no longer in the page.
 */
export function insertBadgeAfter(end: TextPoint, block: Element, host: HTMLElement): boolean {
  if (!end.node.isConnected || end.offset > end.node.length) return false;
  const slot = slotAfter(end, block);
  if (!slot) return false;
  if (slot.split) {
    const tail = slot.split.node.splitText(slot.split.offset);
    slot.parent.insertBefore(host, tail);
    return true;
  }
  const run = badgesAt(slot);
  const last = run[run.length - 1];
  slot.parent.insertBefore(host, last ? last.nextSibling : slot.before);
  return true;
}
