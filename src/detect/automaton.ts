import type { Vocabulary } from './vocabulary';

/**
 * The word-level Aho-Corasick automaton, as loaded in the page: plain typed arrays,
 * no construction (that happens once in automaton-build.ts, outside the page).
 *
 * Why words and not characters: at 10,000 KB entries a character trie has about
 * a million states (each name diverges early), far over the 2 MB budget; over
 * words it has a few tens of thousands, and word boundaries, plurals and
 * possessives come for free from the tokeniser.
 *
 * Layout: state 0 is the root. Word ids 1..rootWords are the words that start a
 * term, and the root's child for word w is state w, so the root needs no table.
 * States are numbered breadth-first, so the children of state s are contiguous, sorted
 * by their word (label): states s + childOffset[s] .. s + childOffset[s+1] (exclusive).
 * An offset from the state, not the child's number: it fits two bytes a state where
 * the number does not (72,000 states at 10,000 entries), and the page reads it as sent.
 * Labels are read only for the children of states other than the root, so the root's
 * children's labels are not kept (0 in a loaded automaton).
 */
export interface Automaton {
  vocab: Vocabulary;
  rootWords: number;
  childOffset: Uint16Array | Int32Array;
  label: Uint16Array | Int32Array;
  fail: Uint16Array | Int32Array;
  /**
   * One byte a state. Bits 0-5 (DEPTH_MASK): how many words the term that ends here has, 0
   * when no term ends here (terms have at most MAX_TERM_WORDS = 32). FLAG_OUTPUT: a term ends
   * here or at a state down the fail chain. FLAG_TRIGGER: the term here (or a word set it
   * belongs to) is a name or in a rule's cheapest group: a block needs one before a name or a
   * rule can be found in it. One table, not a depth and a flags table: a byte a state less to
   * send (72 KB at 10,000 entries) and one read in the scan's loop.
   */
  flags: Uint8Array;
}

export const DEPTH_MASK = 63;
export const FLAG_OUTPUT = 64;
export const FLAG_TRIGGER = 128;

/** The child of `state` for word `word`, or -1. */
export function childOf(a: Automaton, state: number, word: number): number {
  if (state === 0) return word <= a.rootWords ? word : -1;
  let lo = state + a.childOffset[state]!;
  let hi = state + a.childOffset[state + 1]!;
  const label = a.label;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = label[mid]!;
    if (at === word) return mid;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The Aho-Corasick step: follow failure links until `word` has a child, or fall back to the root. */
export function advance(a: Automaton, state: number, word: number): number {
  if (word === 0) return 0;
  for (;;) {
    const next = childOf(a, state, word);
    if (next >= 0) return next;
    if (state === 0) return 0;
    state = a.fail[state]!;
  }
}
