import type { TextBlock } from '../detect/types';
import { BLOCKS, ElementInfoCache, type ElementInfo } from './element-info';

/** A position in the DOM: a Text node and an offset in its data. */
export interface TextPoint {
  node: Text;
  offset: number;
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

/** Text nodes read between two pauses of readPageText: a few milliseconds of work. */
export const TEXT_NODES_PER_STEP = 1_000;

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
  const reading = readPageText(root);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * extractPageText in steps: a pause once the root's queries are done, then after every
 * `perStep` Text nodes, where the caller may give the page its thread back. Each pause
 * yields the blocks finished so far (the list grows; they are the extraction's own), so a
 * caller can look at a long root's first blocks before it is all read. A page can keep a
 * whole article's 30,000 elements under one root (an inline link or image beside the
 * blocks of <body> means it cannot be split), and reading it at once was a 60 ms task. The walker picks up
 * where it stopped; a change the page makes meanwhile reaches the mutation watcher,
 * which has the changed part read again.
 */
export function* readPageText(
  root: Element | Document,
  perStep = TEXT_NODES_PER_STEP,
): Generator<readonly TextBlock[], ExtractedText> {
  const start = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  const map: TextMap = { blocks: [], elements: [], firstNode: [], nodes: [], starts: [] };
  if (!start) return withMap(map);
  const { blocks, elements, firstNode, nodes, starts } = map;
  const infos = new ElementInfoCache(start);
  const breaks = lineBreaks(start);
  const walker = start.ownerDocument.createTreeWalker(start, SHOW_TEXT);
  // The two queries above cover the whole root: on a live blog's 30,000 elements they took
  // 5-19 ms, and the first Text nodes then went on in the same slice (a 46 ms task, traced).
  // A pause here lets the caller's slicing count them.
  yield blocks;

  // The block being read: its element, kind, text so far and first Text node.
  let open: Element | null = null;
  let kind: TextBlock['kind'] = 'other';
  let text = '';
  let first = 0;
  const flush = () => {
    if (open !== null && /\S/.test(text)) {
      blocks.push({ text, kind });
      elements.push(open);
      firstNode.push(first);
    } else {
      nodes.length = starts.length = first;
    }
  };
  // Text nodes in a row often share a parent: its facts are looked up once.
  let parent: Node | null = null;
  let info: ElementInfo | null = null;
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++read % perStep === 0) yield blocks;
    if (node.parentNode !== parent) {
      parent = node.parentNode;
      info = parent?.nodeType === 1 ? infos.get(parent as Element) : null;
    }
    if (info === null || info.skip) continue;
    if (info.block !== open) {
      flush();
      open = info.block;
      kind = info.kind;
      text = '';
      first = nodes.length;
    } else if (breaks?.has(node)) {
      text += '\n'; // a <br> reads as a line break; the character belongs to no Text node
    }
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  flush();
  return withMap(map);
}

/**
 * The Text nodes a <br> comes right before: its next sibling, or that sibling's first
 * text going down first children, within the block. One query per pass, instead of
 * looking back from every Text node.
 */
function lineBreaks(root: Element): Set<Node> | null {
  const brs = root.getElementsByTagName('br');
  if (brs.length === 0) return null;
  const found = new Set<Node>();
  for (const br of brs) {
    let next = br.nextSibling;
    while (next?.nodeType === 1 && !BLOCKS.has((next as Element).localName)) next = next.firstChild;
    if (next?.nodeType === 3) found.add(next);
  }
  return found;
}

/** The Text node and offset for a block offset of an extraction (the same as `extracted.locate`). */
export function locateInBlock(
  extracted: ExtractedText,
  blockIndex: number,
  offset: number,
): TextPoint | null {
  return extracted.locate(blockIndex, offset);
}

/**
 * Every block's text, element and first Text node; every Text node and where it
 * starts in its block, flat (one pair of arrays for the page, not one per block).
 */
interface TextMap {
  blocks: TextBlock[];
  elements: Element[];
  firstNode: number[];
  nodes: Text[];
  starts: number[];
}

function withMap(map: TextMap): ExtractedText {
  return {
    blocks: map.blocks,
    locate: (blockIndex, offset) => locatePoint(map, blockIndex, offset),
    blockElement: (blockIndex) => map.elements[blockIndex] ?? null,
  };
}

/**
 * The Text node and offset for a character offset in a block. An offset that falls
 * on a character no node holds (a <br>'s line break) maps to the end of the node
 * before it; the block's end maps to the end of its last node.
 */
function locatePoint(map: TextMap, blockIndex: number, offset: number): TextPoint | null {
  if (blockIndex < 0 || blockIndex >= map.blocks.length || offset < 0) return null;
  const { nodes, starts } = map;
  let lo = map.firstNode[blockIndex]!;
  let hi = (map.firstNode[blockIndex + 1] ?? nodes.length) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
}
