import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixture, FIXTURE_NAMES } from '../../bench/fixtures/fixtures';
import { loadCorpus } from '../../scripts/lib/corpus-pages';
import { classFromProperties, sentenceBreakClass, sentenceStarts } from '../../src/detect/sentence-breaks';
import { extractBlocks } from '../../src/extract';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuStarts = (text: string) => Array.from(segmenter.segment(text), (segment) => segment.index);
const sentences = (text: string) => {
  const starts = sentenceStarts(text);
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length));
};

describe('sentence boundaries by the UAX #29 rules', () => {
  it('starts one sentence at 0 in any non-empty text, and none in ""', () => {
    expect(sentenceStarts('')).toEqual([]);
    expect(sentenceStarts('no terminator at all')).toEqual([0]);
  });

  it('breaks after a full stop, "!" or "?" and the spaces after it (SB11)', () => {
    expect(sentences('The order was signed. Bitcoin rose! Why?  It held.')).toEqual([
      'The order was signed. ',
      'Bitcoin rose! ',
      'Why?  ',
      'It held.',
    ]);
  });

  it('does not break inside "3.5" or "$5.9 trillion" (SB6)', () => {
    expect(sentences('Rates rose 3.5 points to $5.9 trillion.')).toEqual([
      'Rates rose 3.5 points to $5.9 trillion.',
    ]);
  });

  it('does not break inside "U.S" or "e.G" where a letter, a full stop and a capital meet (SB7)', () => {
    expect(sentences('The U.S.A. rule. Then e.G. Fine')).toEqual(['The U.S.A. rule. ', 'Then e.G. ', 'Fine']);
  });

  it('does not break after a full stop when a lower-case word follows (SB8)', () => {
    expect(sentences('It was filed on Jan. 5 and signed by the gov. in June.')).toEqual([
      'It was filed on Jan. 5 and signed by the gov. in June.',
    ]);
    expect(sentences('Etc. (see below) more. Next')).toEqual(['Etc. (see below) more. ', 'Next']);
  });

  it('but does break after "?" or "!" before a lower-case word (SB8 is for full stops only)', () => {
    expect(sentences('Why? because.')).toEqual(['Why? ', 'because.']);
  });

  it('keeps a comma, colon or further terminator with the sentence before it (SB8a)', () => {
    expect(sentences('"Sell?", He asked. Wait...! Now')).toEqual(['"Sell?", He asked. ', 'Wait...! ', 'Now']);
  });

  it('keeps closing quotes and brackets with their sentence before a capital (SB9, SB10)', () => {
    expect(sentences('\u201cWill it pass?\u201d) She thinks so.')).toEqual([
      '\u201cWill it pass?\u201d) ',
      'She thinks so.',
    ]);
  });

  it('breaks after every paragraph separator, keeping CR LF together (SB3, SB4)', () => {
    expect(sentences('Title\r\nFirst line\nSecond\u2029Third\u0085Fourth')).toEqual([
      'Title\r\n',
      'First line\n',
      'Second\u2029',
      'Third\u0085',
      'Fourth',
    ]);
    expect(sentences('Done.\r\nNext')).toEqual(['Done.\r\n', 'Next']);
  });

  it('reads a no-break space as a space, and a combining mark or format character with its letter (SB5)', () => {
    expect(sentences('Done.\u00a0Next. Cafe\u0301.\u200d Ok')).toEqual([
      'Done.\u00a0',
      'Next. ',
      'Cafe\u0301.\u200d ',
      'Ok',
    ]);
  });

  it('classifies astral letters by their code point, not their halves', () => {
    expect(sentences('Math \ud835\udc00. \ud835\udc1a lower. \ud835\udc00 upper')).toEqual([
      'Math \ud835\udc00. \ud835\udc1a lower. ',
      '\ud835\udc00 upper',
    ]);
  });

  it('breaks after ideographic and full-width terminators', () => {
    expect(sentences('\u4e2d\u6587\u3002\u65e5\u672c\uff01\u8a9e')).toEqual([
      '\u4e2d\u6587\u3002',
      '\u65e5\u672c\uff01',
      '\u8a9e',
    ]);
  });
});

describe('the classes of characters', () => {
  it('are written out for Latin-1 and General Punctuation exactly as the Unicode properties give them', () => {
    const codePoints = [
      ...Array.from({ length: 0x100 }, (_, k) => k),
      ...Array.from({ length: 0x70 }, (_, k) => 0x2000 + k),
    ];
    const differing = codePoints.filter((cp) => sentenceBreakClass(cp) !== classFromProperties(cp));
    expect(differing.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('tell a no-break space (Sp) from a letter, and a full stop (ATerm) from "!" (STerm)', () => {
    expect(sentenceBreakClass(0xa0)).toBe(sentenceBreakClass(0x20));
    expect(sentenceBreakClass(0xa0)).not.toBe(sentenceBreakClass(0x5d0));
    expect(sentenceBreakClass(0x2e)).toBe(sentenceBreakClass(0x2024));
    expect(sentenceBreakClass(0x2e)).not.toBe(sentenceBreakClass(0x21));
  });
});

describe('the same boundaries as Intl.Segmenter', () => {
  const alphabet = [
    ...'aqzAQZ09.!?,:;- \t',
    '"',
    "'",
    ...'()[]',
    '\u2018',
    '\u2019',
    '\u201c',
    '\u201d',
    '\u00ab',
    '\u00bb',
    '\u00a0',
    '\u2003',
    '\r',
    '\n',
    '\u2028',
    '\u2029',
    '\u0085',
    '\u05d0', // Hebrew alef (OLetter)
    '\u0416', // Cyrillic capital
    '\u0436', // Cyrillic small
    '\u4e2d', // CJK ideograph
    '\u10d0', // Georgian letter (OLetter, though lower-case)
    '\u02b0', // modifier letter
    '\u0301', // combining acute (Extend)
    '\u0903', // spacing mark (Extend)
    '\u200d', // ZWJ (Extend)
    '\u00ad', // soft hyphen (Format)
    '\u200b', // zero width space (Format)
    '\u0600', // Arabic number sign (Numeric)
    '\u0660', // Arabic-Indic digit
    '\u{1F600}', // emoji
    '\u{1F3FB}', // emoji modifier
    '\u{1D400}', // mathematical bold capital A
    '\u{1D41A}', // mathematical bold small a
    '\u{20000}', // astral ideograph
    '\ud800', // lone surrogate
    '\u{11047}', // Brahmi danda: an astral STerm
    '\u2024', // one dot leader (ATerm)
    '\uff0e', // full-width full stop (ATerm)
    '\uff01', // full-width "!"
    '\uff0c', // full-width comma (SContinue)
    '\u2026', // ellipsis
    '\u3002', // ideographic full stop
    '\u3001', // ideographic comma (SContinue)
    '\u2014', // em dash (SContinue)
  ];

  it('on random text rich in every Sentence_Break class', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(sentenceStarts(text)).toEqual(icuStarts(text));
      }),
      { numRuns: 8_000 },
    );
  });

  const blocksOf = (html: string) =>
    extractBlocks(parseHTML(html).document as unknown as Document).map((block) => block.text);
  const differingBlocks = (blocks: readonly string[]) =>
    blocks
      .flatMap((text) => [text, text.replace(/[\n\r\u2028\u2029\u0085\v\f]/g, ' ')])
      .filter((text) => sentenceStarts(text).join() !== icuStarts(text).join());

  it.each(loadCorpus(['dev']).map((page) => [page.path, page.html] as const))(
    'on every block of the dev corpus page %s',
    (_path, html) => {
      const blocks = blocksOf(html);
      expect(blocks.length).toBeGreaterThan(0);
      expect(differingBlocks(blocks)).toEqual([]);
    },
  );

  it.each(FIXTURE_NAMES)('on every block of the benchmark page %s', (name) => {
    const blocks = blocksOf(fixture(name).html);
    expect(blocks.length).toBeGreaterThan(100);
    expect(differingBlocks(blocks)).toEqual([]);
  });
});
