import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detect/automaton-build';
import { hashWord } from '../../src/detect/text-fold';
import { findWord, loadVocabulary, type Vocabulary } from '../../src/detect/vocabulary';

const lookUp = (vocabulary: Vocabulary, word: string) => findWord(vocabulary, ...hashWord(word));

/** Bucket counts as the page receives them. */
const countsOf = (vocabulary: Vocabulary) =>
  Uint8Array.from(vocabulary.start.subarray(1), (end, b) => end - vocabulary.start[b]!);

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

  it('loads from bucket counts to the same table the build made', () => {
    const { vocab } = buildAutomaton(manyWords.map((word) => [word])).automaton;
    const loaded = loadVocabulary(countsOf(vocab), vocab.check, vocab.tag, vocab.id);
    expect(loaded.start).toEqual(vocab.start);
    expect(manyWords.map((word) => lookUp(loaded, word))).toEqual(
      manyWords.map((word) => lookUp(vocab, word)),
    );
  });

  it('refuses counts that are not a power of two of buckets or do not add up to its words', () => {
    const { vocab } = buildAutomaton(manyWords.map((word) => [word])).automaton;
    const counts = countsOf(vocab);
    expect(() => loadVocabulary(counts.subarray(1), vocab.check, vocab.tag, vocab.id)).toThrow(
      /power-of-two bucket count/,
    );
    const more = counts.slice();
    more[0]!++;
    expect(() => loadVocabulary(more, vocab.check, vocab.tag, vocab.id)).toThrow(/do not match its words/);
    expect(() => loadVocabulary(counts, vocab.check, vocab.tag.subarray(1), vocab.id)).toThrow(
      /do not match its words/,
    );
  });
});
