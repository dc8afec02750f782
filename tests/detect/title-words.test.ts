import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTitle, titleEncoder, titleWordList } from '../../src/detect/title-words';

const coded = (titles: readonly string[]) => {
  const list = titleWordList(titles);
  const encode = titleEncoder(list);
  return { words: list.split(' '), codes: titles.map(encode) };
};

describe('entry titles as codes over their words', () => {
  it('gives back every title exactly, whatever its characters and spaces', () => {
    const spaced = ['', ' ', 'a  b ', ' a', 'A bill'];
    const { words, codes } = coded(spaced);
    expect(codes.map((code) => decodeTitle(code, words))).toEqual(spaced);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (titles) => {
        const { words, codes } = coded(titles);
        expect(codes.map((code) => decodeTitle(code, words))).toEqual(titles);
      }),
    );
  });

  it('writes the most used words in one character, and reads thousands of words back', () => {
    const titles = Array.from({ length: 3_000 }, (_, i) => `Kentucky HB ${i}: Bitcoin Act`);
    const { words, codes } = coded(titles);
    expect(words.slice(0, 4).sort()).toEqual(['Act', 'Bitcoin', 'HB', 'Kentucky']);
    expect(codes[0]!.length).toBeLessThanOrEqual(7);
    expect(codes.map((code) => decodeTitle(code, words))).toEqual(titles);
  });

  it('uses only characters JSON carries as they are, none that HTML-safe writers escape', () => {
    const titles = Array.from({ length: 50_000 }, (_, i) => `word${i}`);
    const { codes } = coded(titles);
    expect(codes.join('')).toMatch(/^[!#-%'-;=?-[\]-~]*$/);
    expect(JSON.stringify(codes.join('')).length).toBe(codes.join('').length + 2);
  });

  it('gives undefined for a code that is cut short, names no word, or has a foreign character', () => {
    const words = ['A', 'bill'];
    expect(decodeTitle('01', words)).toBe('A bill');
    expect(decodeTitle('0!', words)).toBeUndefined();
    expect(decodeTitle('2', words)).toBeUndefined();
    expect(decodeTitle('0"', words)).toBeUndefined();
    expect(decodeTitle('', words)).toBeUndefined();
  });

  it('refuses to code a title whose words are not in the list', () => {
    expect(() => titleEncoder('A bill')('A law')).toThrow(/"law" is not in the word list/);
  });
});
