import type { StatusmarkDb } from '../db/database';
import { getEntry, listEntries } from '../db/kb-entries';
import { getKbInfo } from '../db/kb-info';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../db/notes';
import { applyImport, exportUserData, planImport } from '../db/user-data';
import { createUserEntry, deleteUserEntry, restoreUserEntry, updateUserEntry } from '../db/user-entries';
import type { KbChanged } from '../messaging/protocol';
import { checkFeedNow } from './feed-updates';
import type { RequestHandlers } from './message-router';

export interface KbHandlerDeps {
  db: StatusmarkDb;
  /** Seeds the database first if needed; every handler awaits it. */
  ensureSeeded(): Promise<unknown>;
  /** Best-effort notice to open tabs after a change. */
  notifyChanged(reason: KbChanged['reason']): void;
}

/** The background's answer to every request of the page and content protocols. */
export function createKbHandlers({ db, ensureSeeded, notifyChanged }: KbHandlerDeps): RequestHandlers {
  /** Runs `work` after seeding; for writes, tells open tabs what changed. */
  const after =
    <A extends unknown[], R>(work: (...args: A) => Promise<R>, changed?: KbChanged['reason']) =>
    async (...args: A): Promise<R> => {
      await ensureSeeded();
      const result = await work(...args);
      if (changed) notifyChanged(changed);
      return result;
    };

  return {
    getEntry: after(async ({ id, origin }) => {
      const stored = await getEntry(db, id, origin);
      if (!stored) return null;
      // The reader's own notes travel with the entry, so the popover can show them beside the facts.
      const texts = (await listNotes(db, id)).flatMap((note) => (note.text ? [note.text] : []));
      return texts.length > 0 ? { ...stored, localNote: texts.join(' / ') } : stored;
    }),
    getKbInfo: after(() => getKbInfo(db)),
    listEntries: after(() => listEntries(db)),
    listNotes: after(({ entryId }) => listNotes(db, entryId)),
    exportUserData: after(() => exportUserData(db)),
    planImport: after(({ data }) => planImport(db, data)),
    createUserEntry: after(({ entry }) => createUserEntry(db, entry), 'user-entries'),
    updateUserEntry: after(({ entry }) => updateUserEntry(db, entry), 'user-entries'),
    deleteUserEntry: after(({ id }) => deleteUserEntry(db, id), 'user-entries'),
    restoreUserEntry: after(
      async ({ deleted }) => (await restoreUserEntry(db, deleted), null),
      'user-entries',
    ),
    addNote: after(({ note }) => addNote(db, note), 'notes'),
    updateNote: after(({ id, note }) => updateNote(db, id, note), 'notes'),
    deleteNote: after(({ id }) => deleteNote(db, id), 'notes'),
    restoreNote: after(async ({ note }) => (await restoreNote(db, note), null), 'notes'),
    applyImport: after(({ data }) => applyImport(db, data), 'user-entries'),
    // The feed updater records the check and tells tabs itself when it applied a KB.
    checkFeedNow: () => checkFeedNow({ db, ensureSeeded, notifyChanged }),
  };
}
