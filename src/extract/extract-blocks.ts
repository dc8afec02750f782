import type { TextBlock } from '../detect/types';
import { ElementInfoCache } from './element-info';

/** A position in the DOM: a Text node and an offset in its data. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Where each block's text came from: its Text nodes and where each starts in the block text. */
interface BlockSource {
  element: Element;
  nodes: Text[];
  starts: number[];
}

/** The page's text as blocks, with the way back to the DOM. */
export interface ExtractedText {
  blocks: TextBlock[];
  /** The Text node holding the block's character at `offset`, and the offset in it. */
  locate(blockIndex: number, offset: number): TextPoint | null;
  /** The element the block came from. */
  blockElement(blockIndex: number): Element | null;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT; NodeFilter is not a global in Node DOMs

/** The text blocks under `root` (see extractPageText), without the map back to the DOM. */
export function extractBlocks(root: Element | Document): TextBlock[] {
  return extractPageText(root).blocks;
}

/**
 * Reads the text under `root` as blocks (paragraphs, list items, headings, table
 * cells, quotes, captions...) in one TreeWalker pass over Text nodes, with the map
 * back to the DOM that badges need. Text split across inline elements (a, em,
 * span) is one block; script, style, form fields, templates, contenteditable
 * regions, hidden elements and our own badges are skipped. Works on any DOM: the
 * page, linkedom or happy-dom.
 */
export function extractPageText(root: Element | Document): ExtractedText {
  const start = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  const blocks: TextBlock[] = [];
  const sources: BlockSource[] = [];
  if (!start) return withMap(blocks, sources);
  const infos = new ElementInfoCache(start);
  const walker = start.ownerDocument.createTreeWalker(start, SHOW_TEXT);

  // The block being read: its source, text so far and kind.
  const open = { source: null as BlockSource | null, text: '', kind: 'other' as TextBlock['kind'] };
  const flush = () => {
    if (open.source && /\S/.test(open.text)) {
      blocks.push({ text: open.text, kind: open.kind });
      sources.push(open.source);
    }
    open.source = null;
    open.text = '';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const info = infos.get(parent);
    if (info.skip) continue;
    let source = open.source;
    if (source?.element !== info.block) {
      flush();
      source = open.source = { element: info.block, nodes: [], starts: [] };
      open.kind = info.kind;
    } else if (followsLineBreak(node, info.block)) {
      open.text += '\n'; // a <br> reads as a line break; the character belongs to no Text node
    }
    source.nodes.push(node as Text);
    source.starts.push(open.text.length);
    open.text += (node as Text).data;
  }
  flush();
  return withMap(blocks, sources);
}

/** Whether a <br> comes right before this text node within its block. */
function followsLineBreak(node: Node, block: Element): boolean {
  let at: Node = node;
  while (!at.previousSibling && at.parentNode && at.parentNode !== block) at = at.parentNode;
  return at.previousSibling?.nodeName === 'BR';
}

/** The Text node and offset for a block offset of an extraction (the same as `extracted.locate`). */
export function locateInBlock(
  extracted: ExtractedText,
  blockIndex: number,
  offset: number,
): TextPoint | null {
  return extracted.locate(blockIndex, offset);
}

function withMap(blocks: TextBlock[], sources: BlockSource[]): ExtractedText {
  return {
    blocks,
    locate: (blockIndex, offset) => locatePoint(sources[blockIndex], offset),
    blockElement: (blockIndex) => sources[blockIndex]?.element ?? null,
  };
}

/**
 * The Text node and offset for a character offset in a block. An offset that falls
 * on a character no node holds (a <br>'s line break) maps to the end of the node
 * before it; the block's end maps to the end of its last node.
 */
function locatePoint(source: BlockSource | undefined, offset: number): TextPoint | null {
  if (!source || offset < 0 || source.nodes.length === 0) return null;
  const { nodes, starts } = source;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
}
