import type { Automaton } from '../detect/automaton';
import { loadAutomaton } from '../detect/load-automaton';
import { unpackPreparedTables } from '../detect/load-matcher';
import type { TypedTable } from '../detect/packed-tables';
import type { PageMatcher } from '../messaging/matcher-port';

/** The matcher as the content script holds it before any detection: tables unpacked, the automaton ready. */
export interface LoadedPageMatcher {
  page: PageMatcher;
  tables: Record<string, TypedTable>;
  /** All the KB term check needs (the rest of the engine loads with the detector). */
  automaton: Automaton;
  /** Entries whose badges say "local": the reader's own, or with their verified status. */
  local: ReadonlySet<string>;
}

export function loadPageMatcher(page: PageMatcher): LoadedPageMatcher {
  const tables = unpackPreparedTables(page.prepared);
  return {
    page,
    tables,
    automaton: loadAutomaton(page.prepared, tables),
    local: new Set(page.localEntryIds),
  };
}
