import { describe, expect, it, vi } from 'vitest';
import type { Automaton } from '../../src/detect/automaton';
import { loadAutomaton } from '../../src/detect/load-automaton';
import { preparedTableReader } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import type { TextBlock } from '../../src/detect/types';
import type { ExtractedText } from '../../src/extract/extract-blocks';
import { MAX_PIECE_CHARS } from '../../src/page/detection-pieces';
import { earlyTermWatch, type PageReading } from '../../src/page/early-term-watch';
import { fixtureEntries } from '../detect/kb-fixture';

const prepared = prepareMatcher(fixtureEntries);
const automaton: Automaton = loadAutomaton(prepared, preparedTableReader(prepared).tables());

const block = (text: string): TextBlock => ({ text, kind: 'paragraph' });
const part = (...texts: string[]): ExtractedText => ({
  blocks: texts.map(block),
  locate: () => null,
  blockElement: () => null,
});
const CLAIM = 'President Trump may sign an executive order letting 401(k) plans hold crypto.';
const PLAIN = 'Bitcoin rose 3 percent on Tuesday.';

describe('watching a page for its first KB term while it is read', () => {
  it('waits for the matcher, then finds the term in the blocks read so far', () => {
    const reading: PageReading = { parts: [part(PLAIN)], current: null };
    let ready: Automaton | null = null;
    const onTerm = vi.fn();
    const watch = earlyTermWatch(reading, () => ready, onTerm);
    watch.step();
    expect(watch.clearBlocks).toBe(0);
    ready = automaton;
    watch.step();
    expect([watch.found, watch.clearBlocks]).toEqual([false, 1]);
    reading.parts.push(part(PLAIN, CLAIM));
    watch.step();
    expect(onTerm).toHaveBeenCalledTimes(1);
    expect([watch.found, watch.clearBlocks]).toEqual([true, 2]);
    reading.parts.push(part(CLAIM));
    watch.step();
    expect(onTerm).toHaveBeenCalledTimes(1);
  });

  it('reads the blocks of a root still being read, and goes on where it stopped once that root is done', () => {
    const growing = [block(PLAIN)];
    const reading: PageReading = { parts: [], current: growing };
    const watch = earlyTermWatch(
      reading,
      () => automaton,
      () => {},
    );
    watch.step();
    expect(watch.clearBlocks).toBe(1);
    growing.push(block(PLAIN));
    // The root is done: its part has the same list, and a new root is being read.
    reading.parts.push({ blocks: growing, locate: () => null, blockElement: () => null });
    reading.current = [block(CLAIM)];
    watch.step();
    expect([watch.found, watch.clearBlocks]).toEqual([true, 2]);
  });

  it('checks a bounded number of characters a step', () => {
    const reading: PageReading = { parts: [part(PLAIN, PLAIN, PLAIN, CLAIM)], current: null };
    const watch = earlyTermWatch(
      reading,
      () => automaton,
      () => {},
      PLAIN.length * 2,
    );
    watch.step();
    expect([watch.found, watch.clearBlocks]).toEqual([false, 2]);
    watch.step();
    expect([watch.found, watch.clearBlocks]).toEqual([true, 3]);
  });

  it('leaves a block too long to detect at once to the pass, and counts nothing clear after it', () => {
    const long = `${'Markets were calm. '.repeat(Math.ceil(MAX_PIECE_CHARS / 19) + 1)}`;
    const reading: PageReading = { parts: [part(PLAIN, `${long}${CLAIM}`, PLAIN, CLAIM)], current: null };
    const watch = earlyTermWatch(
      reading,
      () => automaton,
      () => {},
    );
    watch.step();
    // The long block's term is not seen here; the one after it is, but only the first block counts as clear.
    expect([watch.found, watch.clearBlocks]).toEqual([true, 1]);
  });
});
