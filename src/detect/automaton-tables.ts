import type { Automaton } from './automaton';
import type { TypedTable } from './packed-tables';
import { narrow } from './table-writers';

/**
 * The automaton's tables as the page receives them (load-automaton.ts turns them back):
 * the vocabulary as bucket starts and per-word hashes and ids (vocabulary.ts); child
 * offsets and flags as they are; labels and fail links only for the states below the
 * root's children: child w of the root is state w and fails to the root, and no lookup
 * reads its label (84 KB less at 10,000 entries).
 *
 * Child offsets as child counts (a varint byte instead of two) were 97 KB less, but their
 * running total took 2-5 ms in a page (72,000 states, cold code): not kept.
 */
export function automatonTables(automaton: Automaton): Record<string, TypedTable> {
  const { vocab, rootWords } = automaton;
  return {
    vocabStart: narrow(Array.from(vocab.start)),
    vocabCheck: vocab.check,
    vocabTag: vocab.tag,
    vocabIds: narrow(Array.from(vocab.id)),
    childOffset: narrow(Array.from(automaton.childOffset)),
    deepLabel: narrow(Array.from(automaton.label.subarray(rootWords + 1))),
    deepFail: narrow(Array.from(automaton.fail.subarray(rootWords + 1))),
    flags: automaton.flags,
  };
}
