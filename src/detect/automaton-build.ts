import { DEPTH_MASK, FLAG_OUTPUT, ID_MASK, childOf, findWord, vocabSlot, type Automaton } from './automaton';
import { hashWord } from './text-fold';
import { MAX_TERM_WORDS } from './term-words';

/**
 * Builds the word automaton from canonical word sequences. Runs once outside the
 * page (build time or background): at 10,000 entries this is the costly part.
 * Returns the automaton and, for each sequence, the state where it ends.
 */
export function buildAutomaton(sequences: readonly (readonly string[])[]): {
  automaton: Automaton;
  endStates: Int32Array;
} {
  const wordIds = assignWordIds(sequences);
  if (wordIds.size >= ID_MASK) throw new RangeError(`too many distinct words (${wordIds.size})`);
  const words = vocabWords(wordIds);

  // 1. A pointer trie over word ids.
  interface Node {
    children: Map<number, Node>;
    terminal: boolean;
    depth: number;
    state: number;
  }
  const root: Node = { children: new Map(), terminal: false, depth: 0, state: 0 };
  const ends: Node[] = [];
  for (const sequence of sequences) {
    if (sequence.length === 0 || sequence.length > MAX_TERM_WORDS) throw new RangeError('bad term length');
    let node = root;
    for (const word of sequence) {
      const id = wordIds.get(word)!;
      let child = node.children.get(id);
      if (!child) {
        child = { children: new Map(), terminal: false, depth: node.depth + 1, state: -1 };
        node.children.set(id, child);
      }
      node = child;
    }
    node.terminal = true;
    ends.push(node);
  }

  // 2. Breadth-first numbering: children of a state are contiguous and sorted by word.
  const order: Node[] = [root];
  const labels: number[] = [0];
  const firstChild: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    node.state = i;
    firstChild.push(order.length);
    for (const id of [...node.children.keys()].sort((x, y) => x - y)) {
      order.push(node.children.get(id)!);
      labels.push(id);
    }
  }
  firstChild.push(order.length);
  const states = order.length;
  // Four bytes a number here; prepareMatcher narrows each table to two where its values fit.
  const automaton: Automaton = {
    ...buildVocab(words),
    rootWords: root.children.size,
    childOffset: Int32Array.from(firstChild, (first, state) => first - state),
    label: Int32Array.from(labels),
    fail: new Int32Array(states),
    flags: new Uint8Array(states),
  };
  for (let s = 1; s <= automaton.rootWords; s++) {
    if (labels[s] !== s) throw new Error('root children must be the first word ids');
  }

  // 3. Failure links and output flags, breadth-first (a state's fail is shallower).
  if (MAX_TERM_WORDS > DEPTH_MASK) throw new Error('a term depth must fit the flags byte');
  for (let s = 1; s < states; s++) {
    const node = order[s]!;
    if (node.terminal) automaton.flags[s] = node.depth | FLAG_OUTPUT;
  }
  for (let s = 0; s < states; s++) {
    const node = order[s]!;
    for (const [word, child] of node.children) {
      let fail = 0;
      if (s !== 0) {
        let f = automaton.fail[s]!;
        for (;;) {
          const next = childOf(automaton, f, word);
          if (next >= 0) {
            fail = next;
            break;
          }
          if (f === 0) break;
          f = automaton.fail[f]!;
        }
      }
      automaton.fail[child.state] = fail;
      if (automaton.flags[fail]! & FLAG_OUTPUT) automaton.flags[child.state]! |= FLAG_OUTPUT;
    }
  }
  return { automaton, endStates: Int32Array.from(ends, (node) => node.state) };
}

/** Words that start a term get ids 1..R (so the root's child for word w is state w), then the rest. */
function assignWordIds(sequences: readonly (readonly string[])[]): Map<string, number> {
  const first = new Set<string>();
  const rest = new Set<string>();
  for (const sequence of sequences) {
    sequence.forEach((word, i) => (i === 0 ? first : rest).add(word));
  }
  const ids = new Map<string, number>();
  for (const word of [...first].sort()) ids.set(word, ids.size + 1);
  for (const word of [...rest].sort()) if (!ids.has(word)) ids.set(word, ids.size + 1);
  return ids;
}

/** Each word's hashes and id as the vocabulary table stores them: [hash1, (hash2 & ~ID_MASK) | id] pairs. */
function vocabWords(wordIds: Map<string, number>): Int32Array {
  const words = new Int32Array(wordIds.size * 2);
  let at = 0;
  for (const [word, id] of wordIds) {
    const [h1, h2] = hashWord(word);
    words[at++] = h1;
    words[at++] = (h2 & ~ID_MASK) | id;
  }
  return words;
}

/**
 * The vocabulary table of `words` ([hash1, (hash2 & ~ID_MASK) | id] pairs): open addressing,
 * at most two thirds full. Most page words are misses, and a miss stops at an empty slot;
 * but the page reads the table as sent (building it there took 5 ms at 10,000 entries), so
 * it is not kept emptier than that: 20,773 words fit 32,768 slots, not 65,536.
 */
function vocabTable(words: Int32Array): Pick<Automaton, 'vocab' | 'vocabMask'> {
  let capacity = 16;
  while (capacity * 0.65 < words.length / 2) capacity *= 2;
  const vocab = new Int32Array(capacity * 2);
  const mask = capacity - 1;
  for (let i = 0; i < words.length; i += 2) {
    let slot = vocabSlot(words[i]!, mask);
    while ((vocab[2 * slot + 1]! & ID_MASK) !== 0) slot = (slot + 1) & mask;
    vocab[2 * slot] = words[i]!;
    vocab[2 * slot + 1] = words[i + 1]!;
  }
  return { vocab, vocabMask: mask };
}

/** The vocabulary table, refusing two words with the same hashes (the page could not tell them apart). */
function buildVocab(words: Int32Array): Pick<Automaton, 'vocab' | 'vocabMask'> {
  const table = vocabTable(words);
  for (let i = 0; i < words.length; i += 2) {
    if (findWord(table, words[i]!, words[i + 1]!) !== (words[i + 1]! & ID_MASK)) {
      throw new Error(`hash collision between word ${words[i + 1]! & ID_MASK} and another word`);
    }
  }
  return table;
}
