import { DEPTH_MASK, FLAG_OUTPUT, advance, type Automaton } from './automaton';
import { MAX_TERM_WORDS } from './term-words';
import { findWord } from './vocabulary';
import {
  DOT,
  FOLD_CHARS,
  HASH1_SEED,
  HASH2_SEED,
  JOIN,
  SKIP,
  WORD,
  foldCode,
  joins,
  step1,
  step2,
} from './text-fold';

/** Term hits of one scan, flat: [state, start, end] per hit (state = the term's end state). */
export class HitBuffer {
  data = new Int32Array(192);
  length = 0;

  push(state: number, start: number, end: number): void {
    if (this.length + 3 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = state;
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }

  clear(): void {
    this.length = 0;
  }
}

const { S, E, I, Y } = FOLD_CHARS;
const RING = 64; // a power of two above MAX_TERM_WORDS
if (RING <= MAX_TERM_WORDS) throw new Error('word-start ring too small');
/**
 * The starts of the last RING words, shared by every scan (a scan never calls another):
 * one ring a call was 5,300 allocations on a live blog's first pass. A scan reads only
 * the slots of words it has cut itself.
 */
const starts = new Int32Array(RING);

/**
 * One pass over `text`: folds and cuts words on the fly (no folded copy of the
 * text), looks each canonical word up in the vocabulary by its rolling hashes, and
 * runs the automaton over word ids. Every term occurrence is pushed to `hits`
 * with its span in `text` (plural or possessive ending included). The per-character
 * work is a fold and two hash steps; everything else happens once per word.
 */
export function scanText(a: Automaton, text: string, hits: HitBuffer): void {
  const n = text.length;
  let words = 0;
  let state = 0;
  let len = 0;
  let wordStart = 0;
  let wordEnd = 0;
  let segmentStart = 0;
  let openParen = false;
  let h1 = 0;
  let h2 = 0;
  let last = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const f = foldCode(code);
    if (f >= WORD) {
      if (len === 0) {
        wordStart = segmentStart = i;
        h1 = HASH1_SEED;
        h2 = HASH2_SEED;
        openParen = false;
      }
      h1 = step1(h1, f);
      h2 = step2(h2, f);
      last = f;
      len++;
      wordEnd = i + 1;
      continue;
    }
    if (f === SKIP || len === 0) continue;
    if (f === JOIN || f === DOT) {
      const segment = wordEnd - segmentStart;
      if (joins(f, text, i, segment, f === DOT && digitsOnly(text, wordStart, wordEnd))) {
        if (f === DOT) segmentStart = i + 1;
        else if (code === 0x28) openParen = true;
        continue;
      }
    }
    // "401(k)" and "401 (k)": the hit ends after the ")".
    if (
      wordEnd < n &&
      text.charCodeAt(wordEnd) === 0x29 &&
      (openParen || (wordStart > 0 && text.charCodeAt(wordStart - 1) === 0x28))
    )
      wordEnd++;
    const id = len >= 4 && last === S ? pluralWordId(a, text, wordStart, wordEnd) : findWord(a.vocab, h1, h2);
    len = 0;
    starts[words & (RING - 1)] = wordStart;
    words++;
    state = id === 0 ? 0 : advance(a, state, id);
    if (state === 0 || (a.flags[state]! & FLAG_OUTPUT) === 0) continue;
    for (let s = state; s !== 0; s = a.fail[s]!) {
      const depth = a.flags[s]! & DEPTH_MASK;
      if (depth !== 0) hits.push(s, starts[(words - depth) & (RING - 1)]!, wordEnd);
    }
  }
}

/** Whether the word's characters so far are all digits (a dot then joins "5.9", not "plans.The"). */
function digitsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f >= WORD && (f < 0x30 || f > 0x39)) return false;
  }
  return true;
}

const word = new Int32Array(256);

/**
 * Id of a word ending in "s" (four letters or more): its canonical form drops the
 * "s" ("plans" -> "plan", "department's" -> "department") or turns "-ies" into "-y";
 * "taxes" is also tried as "tax". Re-folds the word, which only such words pay for.
 */
function pluralWordId(a: Automaton, text: string, from: number, to: number): number {
  let length = 0;
  for (let i = from; i < to && length < word.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f >= WORD) word[length++] = f;
  }
  const c2 = word[length - 2];
  if (c2 === S) return lookupPrefix(a, length, -1); // "-ss" is not a plural: "business"
  if (c2 === E && word[length - 3] === I) return lookupPrefix(a, length - 3, Y); // "policies"
  const id = lookupPrefix(a, length - 1, -1);
  return id !== 0 || c2 !== E ? id : lookupPrefix(a, length - 2, -1); // "taxes"
}

/** Looks up the first `length` folded characters of `word`, plus `extra` when it is not -1. */
function lookupPrefix(a: Automaton, length: number, extra: number): number {
  let h1 = HASH1_SEED;
  let h2 = HASH2_SEED;
  const end = length < 0 ? 0 : length;
  for (let i = 0; i < end; i++) {
    h1 = step1(h1, word[i]!);
    h2 = step2(h2, word[i]!);
  }
  if (extra >= 0) {
    h1 = step1(h1, extra);
    h2 = step2(h2, extra);
  }
  return findWord(a.vocab, h1, h2);
}
