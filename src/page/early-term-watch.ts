import type { Automaton } from '../detect/automaton';
import { hasKbTerm } from '../detect/kb-term-check';
import { HitBuffer } from '../detect/scan-text';
import type { TextBlock } from '../detect/types';
import type { ExtractedText } from '../extract/extract-blocks';
import { MAX_PIECE_CHARS } from './detection-pieces';

/** A page being read: the parts of the roots read, and the blocks so far of the one being read. */
export interface PageReading {
  parts: ExtractedText[];
  current: readonly TextBlock[] | null;
}

/** Characters checked per reading step: well under a millisecond of scanning. */
const CHARS_PER_STEP = 16_000;

export interface TermWatch {
  /** Checks a bounded share of the blocks read since the last call (one per reading step). */
  step(): void;
  /** Whether a KB term was seen. */
  readonly found: boolean;
  /** How many blocks, from the first one read, were checked and hold no KB term. */
  readonly clearBlocks: number;
}

/**
 * Watches a page's blocks as they are read (a long root's too, before it is all read),
 * for the first KB term, so that the detector module is asked for while the rest of a
 * long page is still being read: its import took 15-20 ms (more at 10,000 entries) on
 * the way to a live blog's first badge, the thread idle meanwhile. It starts once the
 * matcher is there and stops at the first term. What it found clear the pass does not
 * check again: a page without a term is scanned once, as before. Blocks long enough to
 * be detected in pieces are left to the pass, which checks them piece by piece.
 */
export function earlyTermWatch(
  reading: Readonly<PageReading>,
  automaton: () => Automaton | null,
  onTerm: () => void,
  charsPerStep = CHARS_PER_STEP,
): TermWatch {
  let part = 0;
  let block = 0;
  let clear = 0;
  let unbroken = true;
  let found = false;
  const hits = new HitBuffer();
  /** Part p's blocks: a root read, or (just past them) the root being read's blocks so far. */
  const blocksOf = (p: number) =>
    reading.parts[p]?.blocks ?? (p === reading.parts.length ? reading.current : null);
  return {
    get found() {
      return found;
    },
    get clearBlocks() {
      return clear;
    },
    step() {
      const a = found ? null : automaton();
      if (!a) return;
      let budget = charsPerStep;
      for (let blocks = blocksOf(part); blocks && budget > 0; blocks = blocksOf(part)) {
        if (block === blocks.length) {
          if (part === reading.parts.length) return; // the root being read has no more yet
          part++;
          block = 0;
          continue;
        }
        const text = blocks[block++]!.text;
        if (text.length > MAX_PIECE_CHARS) {
          unbroken = false;
          continue;
        }
        budget -= text.length;
        if (hasKbTerm(a, text, hits)) {
          found = true;
          onTerm();
          return;
        }
        if (unbroken) clear++;
      }
    },
  };
}
