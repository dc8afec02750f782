import { z } from 'zod';
import { entrySchema, idSchema, isoDaySchema, statusSchema, type Entry } from '../kb/schema';

/**
 * What the database stores besides the shipped entries (which are plain `Entry`
 * objects). The same schemas validate store writes, messages and user-data imports,
 * so a record that reaches a table has always passed one of them.
 */

export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time, e.g. 2026-11-27T12:00:00Z',
});

/** A status the user checked for themselves; shown as "local" and never overwritten by KB updates. */
export const verifiedStatusSchema = z.strictObject({
  status: statusSchema,
  /** The day the user's sources show this status (YYYY-MM-DD). */
  date: isoDaySchema,
  note: z.string().trim().max(2000).optional(),
});
export type VerifiedStatus = z.infer<typeof verifiedStatusSchema>;

/** Ids are made by `crypto.randomUUID()`, or `v1-note-<n>` for notes migrated from schema v1. */
export const noteIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected a note id (letters, digits, "-" and "_")' });

/** What a caller gives to add or change a note. */
const noteFields = z.strictObject({
  entryId: idSchema,
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(10_000).optional(),
  verified: verifiedStatusSchema.optional(),
});
const hasContent = (note: { text?: string; verified?: VerifiedStatus }) =>
  note.text !== undefined || note.verified !== undefined;
const needsContent = { error: 'a note needs text, a verified status, or both' };

export const noteInputSchema = noteFields.refine(hasContent, needsContent);
export type NoteInput = z.input<typeof noteInputSchema>;

/** A note on any entry, shipped or own: free text and/or a locally verified status. */
export const noteRecordSchema = noteFields
  .extend({ id: noteIdSchema, createdAt: isoDateTimeSchema, updatedAt: isoDateTimeSchema })
  .refine(hasContent, needsContent);
export type NoteRecord = z.infer<typeof noteRecordSchema>;

/** One of the user's own entries, with when it was made and last changed. */
export const userEntryRecordSchema = z
  .strictObject({
    id: idSchema,
    entry: entrySchema,
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .refine((record) => record.id === record.entry.id, {
    error: 'the record id must equal entry.id',
    path: ['id'],
  });
export type UserEntryRecord = z.infer<typeof userEntryRecordSchema>;

/** Where the shipped entries came from: the extension's own bundle, or a signed feed at a URL. */
export type KbSource = { kind: 'bundled' } | { kind: 'feed'; url: string };

/** The `meta` row that describes the shipped entries now in the database. */
export interface KbMeta {
  key: 'kb';
  version: number;
  /** "sha256-..." of the entries; null for a KB stored by schema v1, which kept no hash. */
  hash: string | null;
  source: 'bundled' | 'feed';
  /** The feed's URL when `source` is "feed". */
  sourceUrl?: string;
  /** When the KB was generated (its snapshot's `generatedAt`); null when unknown (schema v1). */
  generatedAt: string | null;
  /** When this database last replaced its shipped entries. */
  updatedAt: string;
  entryCount: number;
}

/** How a feed check ended, in the feed's own words; the options page shows it. */
export type FeedCheckResult = 'applied' | 'up-to-date' | 'rejected' | 'failed';

/** The `meta` row recording the last feed check, whatever its result. */
export interface FeedCheckRecord {
  key: 'feedCheck';
  time: string;
  url: string;
  result: FeedCheckResult;
  /** Plain words for the options page, e.g. "signature by an unknown key". */
  reason: string;
}

export type MetaRow = KbMeta | FeedCheckRecord;

/** An entry as readers of the store see it: shipped, or the user's own (shown as "local"). */
export interface StoredEntry {
  entry: Entry;
  origin: EntryOrigin;
  /** When the user last changed it (own entries only). */
  updatedAt?: string;
}
export type EntryOrigin = 'shipped' | 'local';
