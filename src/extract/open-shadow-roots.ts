import { hidesText } from './element-info';

/**
 * Article text inside web components: many news sites render a story's body into the
 * open shadow root of a custom element, where a TreeWalker over the document never
 * goes. Open roots are read like the rest of the page; a closed root is the page's
 * explicit "keep out" and stays unread (nothing of it is reachable from here anyway).
 * Our own hosts (badge, popover) are never read.
 */
const OWN_PREFIX = 'statusmark-';

/** The element a node's tree hangs from: its parent, or a shadow root's host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/** A host whose shadow text a reader sees: no hidden, editable or skipped element above it, across roots. */
function readableHost(host: Element): boolean {
  for (let el: Element | null = host; el; el = composedParent(el)) {
    if (el.localName.startsWith(OWN_PREFIX) || hidesText(el)) return false;
  }
  return true;
}

/** Elements checked between two pauses of searchOpenShadowRoots: a few milliseconds. */
const ELEMENTS_PER_STEP = 5_000;

/**
 * Adds to `found` the open shadow roots hosted by `root` or its descendants, in document
 * order, whose text a reader can see; roots nested inside these are found when these are
 * read. One pass over the subtree's elements (a property read each), with a `null` after
 * every `perStep` elements, where the caller may give the page its thread back (30,000
 * elements under one root took 17 ms).
 */
export function* searchOpenShadowRoots(
  root: Element,
  found: ShadowRoot[],
  perStep = ELEMENTS_PER_STEP,
): Generator<null> {
  const check = (el: Element) => {
    const shadow = openShadowRootOf(el);
    if (shadow) found.push(shadow);
  };
  check(root);
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && i % perStep === 0) yield null;
    check(all[i]!);
  }
}

/** The element's own open shadow root, if a reader can see its text. */
export function openShadowRootOf(el: Element): ShadowRoot | null {
  const shadow = el.shadowRoot;
  return shadow && shadow.mode === 'open' && readableHost(el) ? shadow : null;
}

/** The node itself in the document's tree, or the outermost shadow host it sits under. */
export function documentTreeNode(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root.nodeType === 11 && 'host' in root; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

/**
 * Whether `node` is `scope` or inside it, looking through shadow roots to their hosts:
 * a badge in a component of the scope belongs to the scope.
 */
export function composedContains(scope: Node, node: Node): boolean {
  for (let at: Node | null = node; at;) {
    if (scope.contains(at)) return true;
    const root = at.getRootNode();
    at = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}
