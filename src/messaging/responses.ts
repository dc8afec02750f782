import type { KbInfo } from '../db/kb-info';
import type { NoteRecord, StoredEntry, UserEntryRecord } from '../db/records';
import type { ImportPlan } from '../db/user-data';
import type { DeletedUserEntry } from '../db/user-entries';
import type { UserData } from '../db/user-data-schema';
import type { FeedUpdateOutcome } from '../background/feed-update-run';

/** What the background answers to each request type (inside a Reply; see reply.ts). Types only. */
export interface BackgroundResponses {
  /** With the reader's own note texts on the entry, when there are any. */
  getEntry: (StoredEntry & { localNote?: string }) | null;
  getKbInfo: KbInfo;
  listEntries: StoredEntry[];
  listNotes: NoteRecord[];
  exportUserData: UserData;
  planImport: ImportPlan;
  createUserEntry: UserEntryRecord;
  updateUserEntry: UserEntryRecord;
  deleteUserEntry: DeletedUserEntry;
  restoreUserEntry: null;
  addNote: NoteRecord;
  updateNote: NoteRecord;
  deleteNote: NoteRecord;
  restoreNote: null;
  applyImport: ImportPlan;
  checkFeedNow: FeedUpdateOutcome;
}
