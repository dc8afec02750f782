import { parseHTML } from 'linkedom';

/**
 * The text a reader of a corpus page sees, as blocks. Written independently of
 * src/extract so the corpus test checks the labels without depending on the code it
 * measures; it is deliberately simple and only has to be right for our own pages,
 * which avoid CSS-only hiding (a class in a stylesheet) for exactly that reason.
 */

/** Never rendered as page text. */
const NOT_TEXT = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'INPUT',
]);

/** Elements whose text starts a new line for the reader. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

function isHidden(element: DomNode): boolean {
  if (element.hasAttribute?.('hidden')) return true;
  const style = (element.getAttribute?.('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out[out.length - 1] += node.textContent ?? '';
    return;
  }
  if (node.nodeType !== 1 || NOT_TEXT.has(node.nodeName) || isHidden(node)) return;
  const block = BLOCKS.has(node.nodeName);
  if (block) out.push('');
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collect(child, out);
  }
  if (block) out.push('');
}

/** Visible text blocks of an HTML page, whitespace collapsed, empty blocks dropped. */
export function visibleTextBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  const out = [''];
  collect(document.documentElement as unknown as DomNode, out);
  return out.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
}
