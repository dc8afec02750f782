import type { PageText } from '../../../src/page/page-text';

/** Several roots' texts seen as one, as the engine finder joins them. */
export function joinedPageText(parts: readonly PageText[]): PageText {
  const where = parts.flatMap((part, p) => part.blocks.map((_, i) => [p, i] as const));
  const at = (i: number) => where[i] ?? ([-1, -1] as const);
  return {
    blocks: parts.flatMap((part) => part.blocks),
    locate: (i, offset) => parts[at(i)[0]]?.locate(at(i)[1], offset) ?? null,
    blockElement: (i) => parts[at(i)[0]]?.blockElement(at(i)[1]) ?? null,
  };
}
