import type { TextBlock } from '../detect/types';

/**
 * A block is detected in one step, and one step is never split: a 1 MB text node (a
 * transcript pasted whole) made a single 800 ms task. So blocks longer than this are
 * detected in pieces, cut after a sentence end (or, failing that, at a space), and the
 * claims are placed back in their block.
 */
export const MAX_PIECE_CHARS = 8_000;

export interface DetectionPieces {
  /** What detection reads: the blocks, with the long ones cut in pieces. */
  blocks: TextBlock[];
  /** A claim's place in `blocks`, back in the page's blocks. */
  place(index: number, start: number, end: number): { blockIndex: number; start: number; end: number };
}

/**
 * Where a piece starting at `from` should end: after the last sentence end in its second
 * half, else after its last space. Searched in that window only (lastIndexOf on the whole
 * text would scan back to its start for every piece).
 */
function cutAfter(text: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= text.length) return text.length;
  const lower = from + Math.floor(max / 2);
  const window = text.slice(lower, limit);
  let cut = -1;
  for (const mark of ['. ', '? ', '! ', '\n']) {
    const at = window.lastIndexOf(mark);
    if (at !== -1) cut = Math.max(cut, lower + at + mark.length);
  }
  if (cut !== -1) return cut;
  const space = text.slice(from, limit).lastIndexOf(' ');
  return space > 0 ? from + space + 1 : limit;
}

export function detectionPieces(blocks: readonly TextBlock[], max = MAX_PIECE_CHARS): DetectionPieces {
  if (blocks.every((block) => block.text.length <= max)) {
    return { blocks: [...blocks], place: (blockIndex, start, end) => ({ blockIndex, start, end }) };
  }
  const pieces: TextBlock[] = [];
  const origin: [block: number, offset: number][] = [];
  blocks.forEach((block, i) => {
    if (block.text.length <= max) {
      pieces.push(block);
      origin.push([i, 0]);
      return;
    }
    for (let from = 0; from < block.text.length;) {
      const to = cutAfter(block.text, from, max);
      pieces.push({ text: block.text.slice(from, to), kind: block.kind });
      origin.push([i, from]);
      from = to;
    }
  });
  return {
    blocks: pieces,
    place: (index, start, end) => {
      const [blockIndex, offset] = origin[index] ?? [index, 0];
      return { blockIndex, start: start + offset, end: end + offset };
    },
  };
}
