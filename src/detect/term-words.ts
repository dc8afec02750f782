import { canonicalWord, foldWords } from './text-fold';

/** Most words a term may have (the scan keeps this many word starts to find a match's start). */
export const MAX_TERM_WORDS = 32;

const LETTERS_THEN_DIGITS = /^[a-z]+$/;
const DIGITS = /^\d+$/;
const MIXED = /^(?:[a-z]+\d+|\d+[a-z]+)[a-z\d]*$/;

/**
 * The word sequences a term matches: its folded canonical words, plus the spellings
 * news uses for identifiers: "HB 92" also as "HB92", "H92" also as "H 92",
 * "401(k)" also as "401 (k)". Longer than MAX_TERM_WORDS is cut (such a term is
 * rejected by nothing else, but no headline repeats a 33-word name).
 */
export function termVariants(term: string): string[][] {
  const words = foldWords(term).map((w) => w.text);
  if (words.length === 0) return [];
  const variants = new Map<string, string[]>();
  const add = (list: string[]) => {
    const canonical = list.slice(0, MAX_TERM_WORDS).map(canonicalWord);
    variants.set(canonical.join(' '), canonical);
  };
  for (const form of [words, withoutNumberSign(words)]) {
    add(form);
    add(joinLettersToDigits(form));
    add(splitMixed(form));
  }
  return [...variants.values()];
}

/** "Release No. 2025-01" is also written "Release 2025-01". */
function withoutNumberSign(words: string[]): string[] {
  return words.filter((word, i) => !(/^nos?$/.test(word) && /^\d/.test(words[i + 1] ?? '')));
}

/** ["hb", "92"] -> ["hb92"]: identifiers written without the space. */
function joinLettersToDigits(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (last !== undefined && LETTERS_THEN_DIGITS.test(last) && DIGITS.test(word))
      out[out.length - 1] = last + word;
    else out.push(word);
  }
  return out;
}

/** ["hb92"] -> ["hb", "92"], ["401k"] -> ["401", "k"]. */
function splitMixed(words: string[]): string[] {
  return words.flatMap((word) => (MIXED.test(word) ? (word.match(/[a-z]+|\d+/g) ?? [word]) : [word]));
}
