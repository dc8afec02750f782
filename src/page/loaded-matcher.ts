import type { Automaton } from '../detect/automaton';
import { AUTOMATON_TABLES, loadAutomaton } from '../detect/load-automaton';
import { preparedTableReader } from '../detect/load-matcher';
import type { TableReader } from '../detect/packed-tables';
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
