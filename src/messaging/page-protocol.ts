import { z } from 'zod';
import { entrySchema, idSchema } from '../kb/schema';
import { noteIdSchema, noteInputSchema, noteRecordSchema, userEntryRecordSchema } from '../db/records';
import { userDataSchema } from '../db/user-data-schema';
import { getEntryRequestSchema, getKbInfoRequestSchema } from './protocol';

/**
 * Extension pages (popup, options) -> background: reads and writes. The background
 * accepts these only from its own pages (src/background/sender.ts); a content script
 * may send only the read-only requests of protocol.ts.
 */

const read = [
  getEntryRequestSchema,
  getKbInfoRequestSchema,
  z.strictObject({ type: z.literal('listEntries') }),
  z.strictObject({ type: z.literal('listNotes'), entryId: idSchema.optional() }),
  z.strictObject({ type: z.literal('exportUserData') }),
  /** What an import would change; writes nothing. */
  z.strictObject({ type: z.literal('planImport'), data: userDataSchema }),
] as const;

const deletedUserEntrySchema = z.strictObject({
  record: userEntryRecordSchema,
  notes: z.array(noteRecordSchema),
});

const write = [
  z.strictObject({ type: z.literal('createUserEntry'), entry: entrySchema }),
  z.strictObject({ type: z.literal('updateUserEntry'), entry: entrySchema }),
  z.strictObject({ type: z.literal('deleteUserEntry'), id: idSchema }),
  /** Undo of deleteUserEntry: puts back the record and notes it returned. */
  z.strictObject({ type: z.literal('restoreUserEntry'), deleted: deletedUserEntrySchema }),
  z.strictObject({ type: z.literal('addNote'), note: noteInputSchema }),
  z.strictObject({ type: z.literal('updateNote'), id: noteIdSchema, note: noteInputSchema }),
  z.strictObject({ type: z.literal('deleteNote'), id: noteIdSchema }),
  z.strictObject({ type: z.literal('restoreNote'), note: noteRecordSchema }),
  z.strictObject({ type: z.literal('applyImport'), data: userDataSchema }),
  /** "Check now" in options: one feed check, applied if it passes (src/background/feed-updates.ts). */
  z.strictObject({ type: z.literal('checkFeedNow') }),
] as const;

export const pageRequestSchema = z.discriminatedUnion('type', [...read, ...write]);
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type PageRequestType = PageRequest['type'];
export type RequestOf<T extends PageRequestType> = Extract<PageRequest, { type: T }>;

/** The requests that change the database: never accepted from a content script. */
export const WRITE_REQUEST_TYPES: ReadonlySet<PageRequestType> = new Set(
  write.map((s) => s.shape.type.value),
);
