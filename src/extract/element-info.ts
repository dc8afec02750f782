import type { BlockKind } from '../detect/types';

/** What extraction needs to know of an element: skipped or not, which block its text joins, of what kind. */
export interface ElementInfo {
  skip: boolean;
  /** The nearest block-level element (or the extraction root) that the element's text belongs to. */
  block: Element;
  kind: BlockKind;
}

/** Never read as page text: code, styles, form fields, embedded documents, and our own badges. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'datalist',
  'output',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'audio',
  'video',
  'head',
  'title',
  'statusmark-badge',
]);

/** Elements that start a new block of text; everything else (a, em, span, strong...) is inline. */
export const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup html legend li main menu nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);

const KINDS: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  blockquote: 'quote',
  figcaption: 'caption',
  caption: 'caption',
};

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Elements whose attributes may hide them; the rest need no attribute read at all. */
const MAY_HIDE = '[hidden],[inert],[aria-hidden],[contenteditable],[style]';

/**
 * Hidden the cheap way: attributes and inline style only. Computed style would
 * force a style recalculation per element; stylesheet-hidden text is left to the
 * caller to check on the few blocks that carry claims. `mayHide` holds the elements
 * with any of the attributes read here (one selector query per pass, instead of
 * attribute reads on every element).
 */
function isSkipped(element: Element, name: string, mayHide: ReadonlySet<Element>): boolean {
  return SKIPPED.has(name) || (mayHide.has(element) && hiddenByAttributes(element));
}

/** Never read, by the element's own name and attributes (what extraction skips, inherited or not). */
export function hidesText(element: Element): boolean {
  return SKIPPED.has(element.localName) || hiddenByAttributes(element);
}

function hiddenByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.hasAttribute('inert')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Element facts for one extraction pass, computed once per element and inherited
 * down the tree (a span inside a hidden div is skipped; a p inside a blockquote is
 * a quote). Inline elements share their block's facts object, skipped subtrees their
 * top's: few objects for a large page.
 */
export class ElementInfoCache {
  readonly #infos = new Map<Element, ElementInfo>();
  readonly #root: Element;
  readonly #mayHide: ReadonlySet<Element>;

  constructor(root: Element) {
    this.#root = root;
    const mayHide = new Set(root.querySelectorAll(MAY_HIDE));
    if (root.matches(MAY_HIDE)) mayHide.add(root);
    this.#mayHide = mayHide;
  }

  get(element: Element): ElementInfo {
    const cached = this.#infos.get(element);
    if (cached) return cached;
    // Walk up to the first known ancestor (or the root), then fill the chain top-down.
    const chain: Element[] = [];
    let at: Element | null = element;
    let known: ElementInfo | undefined;
    while (at) {
      known = this.#infos.get(at);
      if (known) break;
      chain.push(at);
      if (at === this.#root) break;
      at = at.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      known = this.#derive(chain[i]!, known);
      this.#infos.set(chain[i]!, known);
    }
    return known!;
  }

  #derive(element: Element, parent: ElementInfo | undefined): ElementInfo {
    if (parent?.skip) return parent;
    const name = element.localName;
    if (isSkipped(element, name, this.#mayHide)) return { skip: true, block: element, kind: 'other' };
    if (parent && !BLOCKS.has(name)) return parent;
    const inherited: BlockKind =
      parent?.kind === 'quote' || parent?.kind === 'caption' ? parent.kind : 'other';
    const own = KINDS[name];
    const kind = own && own !== 'paragraph' ? own : inherited !== 'other' ? inherited : (own ?? 'other');
    return { skip: false, block: element, kind };
  }
}
