import type { AssessedClaim, TextBlock } from '../detect/types';
import type { OutcomeKind } from '../ui/badge/status-words';
import type { TextPoint } from './badge-placement';
import type { SliceOptions } from './scheduler';

/**
 * The page's text as the engine sees it, with the way back to the DOM. Built by the
 * shared extraction (src/extract); the annotator only needs these three things.
 */
export interface PageText {
  blocks: TextBlock[];
  /** The Text node holding the block's character at `offset`, and the offset in it. */
  locate(blockIndex: number, offset: number): TextPoint | null;
  /** The element the block came from. */
  blockElement(blockIndex: number): Element | null;
}

/** The texts of several roots, read one at a time, seen as one PageText. */
export function joinedPageText(parts: readonly PageText[]): PageText {
  const blocks: TextBlock[] = [];
  const where: [part: number, index: number][] = [];
  parts.forEach((part, p) => part.blocks.forEach((block, i) => (blocks.push(block), where.push([p, i]))));
  const at = (i: number) => where[i] ?? [-1, -1];
  return {
    blocks,
    locate: (i, offset) => parts[at(i)[0]]?.locate(at(i)[1], offset) ?? null,
    blockElement: (i) => parts[at(i)[0]]?.blockElement(at(i)[1]) ?? null,
  };
}

/** A claim as the badges need it: assessed against the KB, maybe from the reader's own data. */
export type BadgeClaim = AssessedClaim & {
  /** The status comes from the reader's own entry or note. */
  local?: boolean;
  /** How the entry's proposal ended without becoming official, if it did (from the KB). */
  outcome?: OutcomeKind;
};

/** What a finder read under a root. */
export interface FoundClaims {
  text: PageText;
  claims: BadgeClaim[];
  /** The open shadow roots of web components it read (to be watched for changes). */
  shadowRoots?: ShadowRoot[];
}

/**
 * Turns the text under some roots into claims (in the page: extraction, detection and
 * assessment), slicing its own work with `slicing`. The roots (in document order, none
 * inside another) are read as one text, in one pass: the whole page, or the blocks one
 * batch of the page's changes touched (a live blog's 20 new posts).
 */
export interface ClaimFinder {
  find(roots: readonly Element[], slicing: SliceOptions): Promise<FoundClaims>;
  /** Forgets what earlier calls saw (a new article on the same page). */
  reset?(): void;
}

/** The sentence as a short hash of its whitespace-normalised text: dismissals store no page text. */
export function claimFingerprint(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  // Two 32-bit FNV-1a hashes with different seeds: 64 bits, plenty for one page's sentences.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `s1-${hex(a)}${hex(b)}`;
}

/** Identity of a claim on a page, for loop guards: entry and sentence. */
export function claimKey(claim: Pick<AssessedClaim, 'entryId' | 'sentence'>): string {
  return `${claim.entryId} ${claimFingerprint(claim.sentence)}`;
}
