/**
 * Nodes this content script put in the page (badge hosts, the popover host, the
 * highlight style). The mutation observer ignores them, and an element the page
 * cloned from one of ours is recognisably not ours: a WeakSet holds no node alive.
 */
const ownNodes = new WeakSet<Node>();

export function markOwn<T extends Node>(node: T): T {
  ownNodes.add(node);
  return node;
}

export function isOwnNode(node: Node | null | undefined): boolean {
  return !!node && ownNodes.has(node);
}
