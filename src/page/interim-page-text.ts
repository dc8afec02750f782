// INTERIM copy of the unit tests' stand-in extraction; removed when src/extract lands.
import type { PageText } from './page-text';
import type { TextPoint } from './badge-placement';

const BLOCKS = 'p, li, h1, h2, h3, td, th, figcaption, blockquote';
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'statusmark-badge']);

/**
 * A small stand-in for the shared extraction (src/extract), enough to drive the
 * annotator in unit tests: leaf blocks, their text and a map back to Text nodes.
 */
export function simplePageText(root: Element): PageText {
  const blockEls = [...(root.matches(BLOCKS) ? [root] : []), ...root.querySelectorAll(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS) && !el.closest('[contenteditable]'),
  );
  const maps = blockEls.map((el) => {
    const pieces: { node: Text; start: number }[] = [];
    let text = '';
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          pieces.push({ node: child as Text, start: text.length });
          text += (child as Text).data;
        } else if (child.nodeType === 1 && !SKIP.has((child as Element).localName)) walk(child);
      }
    };
    walk(el);
    return { el, text, pieces };
  });
  return {
    blocks: maps.map((m) => ({ text: m.text, kind: 'paragraph' as const })),
    blockElement: (i) => maps[i]?.el ?? null,
    locate(i, offset): TextPoint | null {
      const pieces = maps[i]?.pieces ?? [];
      for (const piece of pieces) {
        if (offset >= piece.start && offset < piece.start + piece.node.data.length) {
          return { node: piece.node, offset: offset - piece.start };
        }
      }
      return null;
    },
  };
}
