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

/** The tables loadAutomaton reads: stored first, so a page decodes only these until it needs the rest. */
export const AUTOMATON_TABLES = [
  'vocabStart',
  'vocabCheck',
  'vocabTag',
  'vocabIds',
  'childOffset',
  'deepLabel',
  'deepFail',
  'flags',
] as const;

/**
 * The automaton alone, as views over the unpacked tables, with nothing to build: all a
 * page needs to tell whether its text holds any KB term at all, before the rest of the
 * engine is loaded.
 *
 * Labels and fail links arrive without the root and its children (automaton-tables.ts);
 * they are copied into zeroed tables of every state, a native copy: the root's children
 * fail to the root (0), and their labels are never read (see Automaton).
 */
export function loadAutomaton(prepared: PreparedMatcher, tables: Record<string, TypedTable>): Automaton {
  const { states, rootWords } = prepared;
  const childOffset = preparedNumbers(tables, 'childOffset');
  const deepLabel = preparedNumbers(tables, 'deepLabel');
  const deepFail = preparedNumbers(tables, 'deepFail');
  if (
    !Number.isInteger(rootWords) ||
    rootWords < 0 ||
    childOffset.length !== states + 1 ||
    deepLabel.length !== states - rootWords - 1 ||
    deepFail.length !== deepLabel.length
  ) {
    throw new RangeError('prepared matcher: automaton tables do not match its state count');
  }
  return {
    vocab: loadVocabulary(
      preparedNumbers(tables, 'vocabStart'),
      preparedTable(tables, 'vocabCheck', Int32Array),
      preparedTable(tables, 'vocabTag', Uint8Array),
      preparedNumbers(tables, 'vocabIds'),
    ),
    rootWords,
    childOffset,
    label: behindRootChildren(deepLabel, rootWords),
    fail: behindRootChildren(deepFail, rootWords),
    flags: preparedTable(tables, 'flags', Uint8Array),
  };
}

/** A per-state table sent without states 0..rootWords, with zeros there. */
function behindRootChildren(deep: Uint16Array | Int32Array, rootWords: number): Uint16Array | Int32Array {
  const table =
    deep instanceof Uint16Array
      ? new Uint16Array(rootWords + 1 + deep.length)
      : new Int32Array(rootWords + 1 + deep.length);
  table.set(deep, rootWords + 1);
  return table;
}
