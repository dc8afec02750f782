import { documentTreeNode } from '../extract/open-shadow-roots';
import { isBlockElement, isInEditable, nearestBlock } from './block-roots';
import { isOwnNode } from './own-nodes';

/**
 * In the body, or <html> itself (whose children change when the body is replaced); not
 * <head>. A node in a web component's shadow tree is where its host is.
 */
function inBody(node: Node): boolean {
  const doc = node.ownerDocument;
  const at = documentTreeNode(node);
  if (!doc || at === doc.documentElement) return true;
  return !!doc.body && (at === doc.body || doc.body.contains(at));
}

/** Where a changed node sits: whether its changes are ours to ignore, and the block to rescan. */
export interface ChangePlace {
  /** Ours, in an editable region, or outside the body. */
  ignored: boolean;
  block: Element | null;
}

/**
 * The places of the nodes in one batch of mutation records. A page that rewrites a
 * thousand cells of one ticker every 10 ms sends a thousand records per change, all under
 * the same parent: looking up each one's ancestors (editable? in the body? which block?)
 * cost the page's task 15-25 ms per round; a node's place follows from its parent's, so
 * each parent is looked up once. Only valid while the DOM stands still (one callback).
 */
export class ChangePlaces {
  private readonly known = new Map<Node, ChangePlace>();
  private readonly html: Element | null;

  constructor(doc: Document) {
    this.html = doc.documentElement;
  }

  of(node: Node): ChangePlace {
    let place = this.known.get(node);
    if (!place) {
      place = this.derive(node) ?? this.lookUp(node);
      this.known.set(node, place);
    }
    return place;
  }

  /** From the parent's place, when the node itself changes nothing of it. */
  private derive(node: Node): ChangePlace | undefined {
    const parent = node.parentNode;
    // Under <html> (body or head?), at a shadow root's top, a node with its own editability: looked up whole.
    if (!parent || parent === this.html || parent.nodeType !== 1) return undefined;
    if (node.nodeType === 1 && (node as Element).hasAttribute('contenteditable')) return undefined;
    const above = this.of(parent);
    return {
      ignored: above.ignored || isOwnNode(node),
      block: isBlockElement(node) ? node : above.block,
    };
  }

  private lookUp(node: Node): ChangePlace {
    return {
      ignored: isOwnNode(node) || isInEditable(node) || !inBody(node),
      block: nearestBlock(node),
    };
  }
}
