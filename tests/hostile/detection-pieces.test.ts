// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { detectionPieces, MAX_PIECE_CHARS } from '../../src/page/detection-pieces';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import { fixtureEntries } from '../detect/kb-fixture';

const CLAIM = 'President Trump may sign an executive order letting 401(k) plans hold crypto.';
const FILLER = 'Quiet trading again, and analysts said little about the schedule. ';

describe('a block of a megabyte', () => {
  it('is detected in pieces cut after sentence ends, which put back together make the block', () => {
    const text = FILLER.repeat(16_000);
    const { blocks, place } = detectionPieces([
      { text: 'Short.', kind: 'paragraph' },
      { text, kind: 'other' },
    ]);
    expect(blocks[0]).toEqual({ text: 'Short.', kind: 'paragraph' });
    const pieces = blocks.slice(1);
    expect(pieces.length).toBeGreaterThan(100);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
      expect(piece.text.startsWith('Quiet trading')).toBe(true);
    }
    const third = place(3, 5, 10);
    expect(third.blockIndex).toBe(1);
    expect(text.slice(third.start, third.end)).toBe(pieces[2]!.text.slice(5, 10));
  });

  it('still has its claims found, at their place in the whole block, and cut nowhere without a space', async () => {
    const text = `${CLAIM} ${FILLER.repeat(8_000)}${CLAIM} ${FILLER.repeat(8_000)}${CLAIM}`;
    document.body.innerHTML = '<pre></pre>';
    document.querySelector('pre')!.textContent = text;
    const finder = engineFinder(
      async () => ({ prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 }),
      { publishedAt: () => '2025-07-20', today: () => '2026-01-01' },
      () => Promise.resolve(createPageDetector),
    );
    const found = await finder.find([document.body], { yieldFn: async () => {} });
    expect(found.claims.map((c) => [c.entryId, text.slice(c.start, c.end)])).toEqual([
      ['eo-401k', CLAIM],
      ['eo-401k', CLAIM],
      ['eo-401k', CLAIM],
    ]);
    const unbroken = 'x'.repeat(3 * MAX_PIECE_CHARS);
    expect(detectionPieces([{ text: unbroken, kind: 'other' }]).blocks.map((b) => b.text.length)).toEqual([
      MAX_PIECE_CHARS,
      MAX_PIECE_CHARS,
      MAX_PIECE_CHARS,
    ]);
  });
});
