import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/detect/sentence-tokens';
import { stringsOf } from './piece-strings';

const lowerAlone = (word: string) => word.toLowerCase().replace(/\u2019/g, "'");

describe('the words of a sentence', () => {
  it('gives each word its text, offsets and lower case with a straight apostrophe', () => {
    expect(tokenize('The Fund\u2019s order')).toEqual([
      { text: 'The', lower: 'the', start: 0, end: 3 },
      { text: 'Fund\u2019s', lower: "fund's", start: 4, end: 10 },
      { text: 'order', lower: 'order', start: 11, end: 16 },
    ]);
  });

  it('lowers each word as it would be lowered alone, whatever stands around it', () => {
    // A dotted capital I grows when lowered; a capital sigma lowers by the letters around it.
    const pieces = [
      'A',
      'b',
      ' ',
      "'",
      '\u2019',
      '-',
      '\u0130',
      '\u03a3',
      '\u0391',
      '\u00c9',
      '\u1e9e',
      '\u{10400}',
    ];
    const sentence = stringsOf(pieces, 30);
    fc.assert(
      fc.property(sentence, (text) => {
        for (const token of tokenize(text)) {
          expect(token.text).toBe(text.slice(token.start, token.end));
          expect(token.lower).toBe(lowerAlone(token.text));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
