/**
 * Which part of the page to rescan after a change. Text is read per block (paragraph,
 * list item, cell...), so a change inside a block means rescanning that block, and an
 * added block means scanning just it.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);
}

/** The nearest block element holding `node` (the node itself when it is one). */
export function nearestBlock(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.localName)) el = el.parentElement;
  return el;
}

/** Inside a region the reader is editing: never annotated, and its typing never rescanned. */
export function isInEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const editable = el?.closest('[contenteditable]');
  return !!editable && editable.getAttribute('contenteditable') !== 'false';
}

/** Drops roots that are inside another root or no longer in the page; document order. */
export function outermostRoots(roots: Iterable<Element>): Element[] {
  const connected = [...new Set(roots)].filter((root) => root.isConnected);
  return connected
    .filter((root) => !connected.some((other) => other !== root && other.contains(root)))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
