import './phrase-tables-installed';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, uaxSentences } from '../../src/detect/sentences';

const sentences = (text: string) => splitSentences(text).map(([start, end]) => text.slice(start, end));

describe('splitting a block into sentences', () => {
  it('splits ordinary sentences and trims the space around them', () => {
    expect(sentences('  The order was signed. Bitcoin rose.  ')).toEqual([
      'The order was signed.',
      'Bitcoin rose.',
    ]);
  });

  it('does not end a sentence after a title before a name (Sen., Rep., Gov.)', () => {
    expect(
      sentences('Sen. Tommy Tuberville and Rep. Byron Donalds met Gov. Katie Hobbs. They talked.'),
    ).toEqual(['Sen. Tommy Tuberville and Rep. Byron Donalds met Gov. Katie Hobbs.', 'They talked.']);
  });

  it('keeps "U.S." inside a sentence before a name, but ends the sentence before "The"', () => {
    expect(
      sentences('The U.S. Department of Labor acted. He moved to the U.S. The order was signed.'),
    ).toEqual(['The U.S. Department of Labor acted.', 'He moved to the U.S.', 'The order was signed.']);
  });

  it('keeps dates and numbered releases whole (Jan. 5, Sept. 30, No. 2022-01)', () => {
    expect(
      sentences(
        'It was issued on Jan. 5. Release No. 2022-01 Crypto was rescinded. As of Sept. 30, 2024, ICI said so.',
      ),
    ).toEqual([
      'It was issued on Jan. 5.',
      'Release No. 2022-01 Crypto was rescinded.',
      'As of Sept. 30, 2024, ICI said so.',
    ]);
  });

  it('keeps bill numbers and initials whole (H.R. 1177, Donald J. Trump)', () => {
    expect(
      sentences('Rep. Donalds filed H.R. 1177 Financial Freedom Act. Donald J. Trump signed it.'),
    ).toEqual(['Rep. Donalds filed H.R. 1177 Financial Freedom Act.', 'Donald J. Trump signed it.']);
  });

  it('does not split decimals, dollar figures or 401(k)', () => {
    expect(
      sentences('Fidelity, which has $5.9 trillion, added 401(k) crypto. The market held $8.9 trillion.'),
    ).toEqual(['Fidelity, which has $5.9 trillion, added 401(k) crypto.', 'The market held $8.9 trillion.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('\u201cWe will not,\u201d she said. \u201cNo.\u201d Then it left.')).toEqual([
      '\u201cWe will not,\u201d she said.',
      '\u201cNo.\u201d',
      'Then it left.',
    ]);
  });

  it('treats line breaks in DOM text as spaces, not sentence ends', () => {
    expect(sentences('President Trump is preparing\n        to sign an order.\n')).toEqual([
      'President Trump is preparing\n        to sign an order.',
    ]);
  });

  it('returns spans into the original text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text)).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });
});

describe('the one-sentence shortcut', () => {
  it('gives what the full rules give on any text, with or without terminators', () => {
    const pieces = [
      'a',
      'Bb',
      '7',
      ' ',
      '.',
      '?',
      '!',
      '"',
      ')',
      '(',
      '\u2019',
      '\u3002',
      '\n',
      '\u2026',
      'Sen.',
      'U.S.',
      '401(k)',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text)).toEqual(uaxSentences(text.replace(/\n/g, ' ')));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a heading, a byline and a sentence with its full stop as one sentence each', () => {
    expect(sentences('  Live: Labor Department rescinds 2022 crypto guidance ')).toEqual([
      'Live: Labor Department rescinds 2022 crypto guidance',
    ]);
    expect(sentences('By Ana Sokolova \u00b7 March 2, 2026')).toEqual([
      'By Ana Sokolova \u00b7 March 2, 2026',
    ]);
    expect(sentences('The order was signed on Thursday.")')).toEqual(['The order was signed on Thursday.")']);
    expect(sentences('   ')).toEqual([]);
  });
});
