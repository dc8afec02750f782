import { listEntries } from '../../db/kb-entries';
import { listNotes } from '../../db/notes';
import { todayIso } from '../../kb/status';
import { entriesInForce, type KbItem } from '../shared/entries-in-force';
import { pageDb } from '../shared/store';
import { useLiveQuery, type LiveResult } from '../shared/use-live-query';

/** The whole KB as the user sees it (shipped, own, verified statuses), kept current. */
export function useKb(): LiveResult<KbItem[]> {
  return useLiveQuery(async () => {
    const db = pageDb();
    const [stored, notes] = await Promise.all([listEntries(db), listNotes(db)]);
    return entriesInForce(stored, notes, todayIso());
  }, []);
}
