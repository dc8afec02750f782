import { isBlockElement } from './block-roots';

/** About this many elements per extraction call: a few milliseconds of work each. */
export const ELEMENTS_PER_ROOT = 800;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);

/** A container can be read child by child when no text of its own sits between its blocks. */
function splittable(container: Element): boolean {
  for (const node of container.childNodes) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return false;
    if (node.nodeType === 1 && !isBlockElement(node) && !SKIPPED.has((node as Element).localName))
      return false;
  }
  return true;
}

/**
 * Splits a root into subtrees to extract one at a time, so reading a large page never
 * becomes one long task. Only containers whose children are all blocks are split, so a
 * block's text (and a sentence) is never cut in two; a root that cannot be split stays whole.
 */
export function scanRoots(root: Element, limit = ELEMENTS_PER_ROOT): Element[] {
  if (root.getElementsByTagName('*').length <= limit || !splittable(root)) return [root];
  return [...root.children]
    .filter((child) => !SKIPPED.has(child.localName))
    .flatMap((child) => scanRoots(child, limit));
}
