import type { Automaton } from './automaton';
import type { TypedTable } from './packed-tables';
import { narrow } from './table-writers';

/**
 * The automaton's tables as the page receives them (load-automaton.ts turns them back):
 * the vocabulary as bucket starts and per-word hashes and ids (vocabulary.ts); each
 * state's child count instead of its child offset; labels and fail links only for the
 * states below the root's children (child w of the root is state w, failing to the root).
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
