import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detect/automaton-build';
import { hashWord } from '../../src/detect/text-fold';
import { findWord, loadVocabulary, type Vocabulary } from '../../src/detect/vocabulary';

const lookUp = (vocabulary: Vocabulary, word: string) => findWord(vocabulary, ...hashWord(word));

const manyWords = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);

describe("the automaton's word table", () => {
  it('finds every word a term uses under one id each, and none of the words no term uses', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 300 }),
        (words) => {
          const { vocab } = buildAutomaton(words.map((word) => [word])).automaton;
          const ids = words.map((word) => lookUp(vocab, word));
          expect(new Set(ids).size).toBe(words.length);
          expect(ids.every((id) => id > 0)).toBe(true);
          expect(lookUp(vocab, 'zz-not-a-term-word')).toBe(0);
        },
      ),
    );
  });

  it('keeps about one word a bucket, so a miss reads one or two words at most on average', () => {
    const { vocab } = buildAutomaton(manyWords.map((word) => [word])).automaton;
    const buckets = vocab.mask + 1;
    expect(buckets & (buckets - 1)).toBe(0);
    expect(manyWords.length / buckets).toBeGreaterThan(0.7);
    expect(manyWords.length / buckets).toBeLessThanOrEqual(1.5);
    const misses = Array.from({ length: 2000 }, (_, i) => `other${i}`);
    expect(misses.filter((word) => lookUp(vocab, word) !== 0)).toEqual([]);
  });

  it('refuses starts that are not a power of two of buckets or do not span its words', () => {
    const { vocab } = buildAutomaton(manyWords.map((word) => [word])).automaton;
    const { start, check, tag, id } = vocab;
    expect(() => loadVocabulary(start.subarray(1), check, tag, id)).toThrow(/power-of-two bucket count/);
    const shifted = Int32Array.from(start, (at) => at + 1);
    expect(() => loadVocabulary(shifted, check, tag, id)).toThrow(/do not match its words/);
    expect(() => loadVocabulary(start, check, tag.subarray(1), id)).toThrow(/do not match its words/);
    expect(() => loadVocabulary(start, check.subarray(1), tag, id)).toThrow(/do not match its words/);
  });
});
