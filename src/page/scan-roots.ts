import { openShadowRootOf, searchOpenShadowRoots } from '../extract/open-shadow-roots';
import { isBlockElement } from './block-roots';

/** About this many elements per extraction call: a few milliseconds of work each. */
export const ELEMENTS_PER_ROOT = 800;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);

/** Child nodes checked per step: a front page's <main> can hold 10,000 (30 ms in one go). */
const CHECKS_PER_STEP = 2_000;

/**
 * A container can be read child by child when no text of its own sits between its
 * blocks. Checked in steps, with a `null` (a pause for the caller's slicing) between them.
 */
function* splittable(container: Element): Generator<null, boolean> {
  const nodes = container.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0 && i % CHECKS_PER_STEP === 0) yield null;
    const node = nodes[i]!;
    const type = node.nodeType;
    if (type === 3 && /\S/.test(node.nodeValue ?? '')) return false;
    if (type === 1 && !isBlockElement(node) && !SKIPPED.has((node as Element).localName)) return false;
  }
  return true;
}

/** The children worth reading: not scripts, styles and the like. */
const readable = (container: Element | ShadowRoot) =>
  [...container.children].filter((child) => !SKIPPED.has(child.localName));

/**
 * Splits a root into subtrees to extract one at a time, so reading a large page never
 * becomes one long task. Only containers whose children are all blocks are split, so a
 * block's text (and a sentence) is never cut in two; a root that cannot be split stays whole.
 *
 * A generator, so the splitting itself (counting elements) runs inside the caller's
 * slices, with a `null` now and then to pause in long checks; and a loop, not
 * recursion, so no nesting depth can overflow the stack. A chain of wrappers (one block
 * child each, no text of their own) holds the same elements all the way down, so it is
 * walked without counting again: 5,000 nested divs cost one count, not 5,000 (each of
 * them over the whole rest of the chain).
 *
 * After each subtree come the open shadow roots of web components in it (see
 * src/extract/open-shadow-roots.ts), read the same way, element child by element child
 * (text lying loose at a shadow root's top is not read); every open root found, even an
 * empty one, is added to `shadowRoots`, for the caller to watch.
 */
export function* eachScanRoot(
  root: Element,
  limit = ELEMENTS_PER_ROOT,
  shadowRoots: ShadowRoot[] = [],
): Generator<Element | null> {
  const stack: Element[] = [root];
  const pushChildren = (children: Element[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  // A read subtree's components come next (pushed last-first: the first comes first).
  function* pushShadowRoots(container: Element): Generator<null> {
    const found: ShadowRoot[] = [];
    yield* searchOpenShadowRoots(container, found);
    shadowRoots.push(...found);
    for (let i = found.length - 1; i >= 0; i--) pushChildren(readable(found[i]!));
  }
  while (stack.length > 0) {
    let container = stack.pop()!;
    if (container.getElementsByTagName('*').length <= limit || !(yield* splittable(container))) {
      yield container;
      yield* pushShadowRoots(container);
      continue;
    }
    // A container that is split may host a component's root itself, as may each wrapper of a chain.
    const hosts: Element[] = [container];
    let children = readable(container);
    while (children.length === 1 && (yield* splittable(children[0]!))) {
      container = children[0]!;
      hosts.push(container);
      children = readable(container);
    }
    if (children.length === 0) {
      yield container;
      yield* pushShadowRoots(container);
      hosts.pop();
    }
    for (const host of hosts) {
      const shadow = openShadowRootOf(host);
      if (!shadow) continue;
      shadowRoots.push(shadow);
      pushChildren(readable(shadow));
    }
    pushChildren(children);
  }
}

/** The roots of `eachScanRoot`, as a list (without its pauses). */
export function scanRoots(root: Element, limit = ELEMENTS_PER_ROOT, shadowRoots?: ShadowRoot[]): Element[] {
  return [...eachScanRoot(root, limit, shadowRoots)].filter((r): r is Element => r !== null);
}
