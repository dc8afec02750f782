import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../bench/fixtures/fixtures';
import { nextWordStart, wordEnd } from '../../src/detect/word-scan';

/** The word pattern the scanner stands in for. */
const WORD = /[\p{L}\p{N}$%]+(?:[-'\u2019.&][\p{L}\p{N}]+)*(?:['\u2019]s?)?/gu;
const byPattern = (text: string) => Array.from(text.matchAll(WORD), (m) => [m.index, m.index + m[0].length]);
const byScanner = (text: string) => {
  const spans: number[][] = [];
  for (
    let start = nextWordStart(text, 0);
    start < text.length;
    start = nextWordStart(text, spans.at(-1)![1]!)
  )
    spans.push([start, wordEnd(text, start)]);
  return spans;
};
const words = (text: string) => byScanner(text).map(([start, end]) => text.slice(start, end));

/** Characters where the pattern's edges lie: joiners, apostrophes, "s", non-ASCII letters and digits, astral letters, lone surrogates. */
const PIECES = [
  'a',
  'Z',
  's',
  'S',
  '7',
  '$',
  '%',
  '-',
  "'",
  '\u2019',
  '.',
  '&',
  ' ',
  ',',
  '(',
  ')',
  '\u00e9',
  '\u00df',
  '\u0130',
  '\u00b2',
  '\u0663',
  '\u4e2d',
  '\u{1d400}',
  '\u{1f600}',
  '\ud835',
  '\udc00',
  '\u2014',
  '\u00a0',
  '_',
];

describe('cutting a sentence into words', () => {
  it('keeps joined words and possessives whole: "co-op", "U.S.", "AT&T", "Fund\'s", "bills\'"', () => {
    expect(words("The co-op's U.S. unit, AT&T and the Fund\u2019s bills' 401(k) $5.9 95% rose.")).toEqual([
      'The',
      "co-op's",
      'U.S',
      'unit',
      'AT&T',
      'and',
      'the',
      'Fund\u2019s',
      "bills'",
      '401',
      'k',
      '$5.9',
      '95%',
      'rose',
    ]);
  });

  const samePattern = (t: string) => {
    expect(byScanner(t)).toEqual(byPattern(t));
  };

  it('cuts the same words as the word pattern in random text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, samePattern), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), samePattern));
  });

  it('cuts the same words as the word pattern on a whole benchmark page', () => {
    const html = fixture('F3').html;
    expect(byScanner(html)).toEqual(byPattern(html));
  });
});
