import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFourWords, isSpace } from '../../src/detect/block-words';
import { stringsOf } from './piece-strings';

const FOUR_WORDS = /(?:\S+\s+){3}\S/;

describe('blocks of four words or more', () => {
  it('counts runs of non-space characters', () => {
    expect(hasFourWords('4:41 p.m.')).toBe(false);
    expect(hasFourWords('  By Dana Whitfield  ')).toBe(false);
    expect(hasFourWords('The order was signed.')).toBe(true);
    expect(hasFourWords('The\u00a0order\u2003was\nsigned')).toBe(true);
  });

  it('takes for a space every character \\s matches, and no other', () => {
    const codes = Array.from({ length: 0x10000 }, (_, code) => code);
    const differing = codes.filter((code) => isSpace(code) !== /\s/.test(String.fromCharCode(code)));
    expect(differing).toEqual([]);
  });

  it('agrees with the four-word pattern on random text', () => {
    const pieces = [
      'a',
      'B',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u200b',
      '\ufeff',
      '\ud83d',
      '\ude00',
    ];
    const text = stringsOf(pieces, 16);
    fc.assert(
      fc.property(text, (t) => {
        expect(hasFourWords(t)).toBe(FOUR_WORDS.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
