/**
 * The automaton's word table, as the page reads it: the words the KB's terms use, looked
 * up by the two rolling hashes the scan computes for each page word.
 *
 * Words are grouped in buckets by their first hash (2^k buckets, about one word each) and
 * stored bucket after bucket: for each word its second hash, the top byte of its first and
 * its id. A lookup reads one bucket's few words; a page word that no term uses (most of
 * them) usually meets an empty bucket. The table sends no empty slots (an open-addressing
 * table two thirds full sent 262 KB at 10,000 entries; this one sends 178 KB). A word
 * matches on 40 bits of its hashes beside the bucket's.
 *
 * The buckets' starts are sent as they are, not as counts the page would sum: a loop over
 * 16,384 buckets took 1.5-3.5 ms in a content script (cold code), for 16 KB saved.
 */
export interface Vocabulary {
  /** Bucket b's words are start[b] .. start[b + 1] (exclusive). */
  start: Uint16Array | Int32Array;
  /** Buckets - 1 (a power of two less one). */
  mask: number;
  /** Per word: its second hash, its first hash's top byte, its id. */
  check: Int32Array;
  tag: Uint8Array;
  id: Uint16Array | Int32Array;
}

/** Bucket of a word's first hash. */
export function vocabularyBucket(h1: number, mask: number): number {
  return (h1 ^ (h1 >>> 15)) & mask;
}

/** Word id for a canonical word's hashes, 0 when no term has this word. */
export function findWord(vocabulary: Vocabulary, h1: number, h2: number): number {
  const bucket = vocabularyBucket(h1, vocabulary.mask);
  const end = vocabulary.start[bucket + 1]!;
  for (let i = vocabulary.start[bucket]!; i < end; i++) {
    if (vocabulary.check[i] === h2 && vocabulary.tag[i] === h1 >>> 24) return vocabulary.id[i]!;
  }
  return 0;
}

/**
 * The vocabulary from its tables as sent (the buckets' starts, then the words' hashes and
 * ids), checked to agree with each other at the ends: a start table out of order could
 * only make lookups miss, and checking every start would be the loop it avoids.
 */
export function loadVocabulary(
  start: Uint16Array | Int32Array,
  check: Int32Array,
  tag: Uint8Array,
  id: Uint16Array | Int32Array,
): Vocabulary {
  const buckets = start.length - 1;
  if (buckets < 1 || (buckets & (buckets - 1)) !== 0)
    throw new RangeError('prepared matcher: the vocabulary has no power-of-two bucket count');
  const words = check.length;
  if (start[0] !== 0 || start[buckets] !== words || tag.length !== words || id.length !== words)
    throw new RangeError("prepared matcher: the vocabulary's bucket starts do not match its words");
  return { start, mask: buckets - 1, check, tag, id };
}
