import type { Automaton } from './automaton';
import type { PreparedMatcher } from './matcher-format';
import type { TypedTable } from './packed-tables';
import { loadVocabulary } from './vocabulary';

/** A table of the prepared matcher, checked to be there and of the type the loader reads. */
export function preparedTable<T extends TypedTable>(
  tables: Record<string, TypedTable>,
  name: string,
  type: new () => T,
): T {
  const found = tables[name];
  if (!(found instanceof type))
    throw new TypeError(`prepared matcher: table "${name}" is missing or has the wrong type`);
  return found;
}

/** A table stored with two or four bytes a number, whichever its values needed. */
export function preparedNumbers(tables: Record<string, TypedTable>, name: string): Uint16Array | Int32Array {
  const found = tables[name];
  return found instanceof Uint16Array ? found : preparedTable(tables, name, Int32Array);
}

/**
 * The automaton alone, as views over the unpacked tables, with nothing to build: all a
 * page needs to tell whether its text holds any KB term at all, before the rest of the
 * engine is loaded.
 */
export function loadAutomaton(prepared: PreparedMatcher, tables: Record<string, TypedTable>): Automaton {
  const label = preparedNumbers(tables, 'label');
  const childOffset = preparedNumbers(tables, 'childOffset');
  if (childOffset.length !== prepared.states + 1 || label.length !== prepared.states) {
    throw new RangeError('prepared matcher: automaton tables do not match its state count');
  }
  return {
    vocab: loadVocabulary(
      preparedTable(tables, 'vocabCounts', Uint8Array),
      preparedTable(tables, 'vocabCheck', Int32Array),
      preparedTable(tables, 'vocabTag', Uint8Array),
      preparedNumbers(tables, 'vocabIds'),
    ),
    rootWords: prepared.rootWords,
    childOffset,
    label,
    fail: preparedNumbers(tables, 'fail'),
    flags: preparedTable(tables, 'flags', Uint8Array),
  };
}
