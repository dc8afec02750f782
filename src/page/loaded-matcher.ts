import type { Automaton } from '../detect/automaton';
import { AUTOMATON_TABLES, loadAutomaton } from '../detect/load-automaton';
import { preparedTableReader } from '../detect/load-matcher';
import type { TableReader } from '../detect/packed-tables';
import { joinPageMatcher, type MatcherPart } from '../messaging/matcher-parts';
import type { PageMatcher } from '../messaging/matcher-port';

/**
 * The matcher as the content script holds it before any detection: the automaton's tables
 * decoded and the automaton ready; the other tables wait in `tables` for the detector.
 */
export interface LoadedPageMatcher {
  page: PageMatcher;
  tables: TableReader;
  /** All the KB term check needs (the rest of the engine loads with the detector). */
  automaton: Automaton;
  /** Entries whose badges say "local": the reader's own, or with their verified status. */
  local: ReadonlySet<string>;
}

export function loadPageMatcher(page: PageMatcher): LoadedPageMatcher {
  const tables = preparedTableReader(page.prepared);
  return {
    page,
    tables,
    automaton: loadAutomaton(page.prepared, tables.tables(AUTOMATON_TABLES)),
    local: new Set(page.localEntryIds),
  };
}

/**
 * The matcher with the parts that came later (a large matcher's rest, see
 * requestMatcherRest): the tables' pieces added to its reader and decoded, the entries'
 * lists in place. Decoded here, as the parts arrive: the detector module is usually
 * still on its way, the thread idle meanwhile.
 */
export function completePageMatcher(
  loaded: LoadedPageMatcher,
  parts: readonly MatcherPart[],
): LoadedPageMatcher {
  loaded.tables.append(parts.flatMap((part) => (part.part === 'data' ? [part.text] : [])));
  loaded.tables.tables();
  const { rest: _arrived, ...page } = joinPageMatcher(loaded.page, parts);
  return { ...loaded, page };
}
