import { z } from 'zod';
import { settingsSchema } from '../settings/settings-schema';
import { dismissalSchema } from '../settings/dismissals-schema';
import { isoDateTimeSchema, noteRecordSchema, userEntryRecordSchema } from './records';
import { limitProblems, tooManyValues } from './json-budget';
import { parseJsonText } from './json-text';
import { zodProblems } from './zod-problems';

/**
 * The user-data file: everything of the user's own, in one versioned JSON document
 * (own entries, notes, settings, dismissed claims). DOM-free, so `statusmark kb
 * validate` checks a file with exactly the rules the import applies.
 */

export const USER_DATA_FORMAT = 'statusmark-user-data';
export const USER_DATA_FORMAT_VERSION = 1;
/** Larger files are refused before parsing: a real export is far smaller. */
export const MAX_USER_DATA_BYTES = 10 * 1024 * 1024;

function checkUniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, table: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [table, i, 'id'],
        message: `duplicate id "${item.id}" (first used by ${table}[${first}])`,
      });
  });
}

export const userDataSchema = z
  .strictObject({
    format: z.literal(USER_DATA_FORMAT, { error: `expected "${USER_DATA_FORMAT}"` }),
    formatVersion: z.literal(USER_DATA_FORMAT_VERSION, {
      error: `expected formatVersion ${USER_DATA_FORMAT_VERSION} (this file was written by another version of Statusmark)`,
    }),
    exportedAt: isoDateTimeSchema,
    userEntries: z.array(userEntryRecordSchema),
    notes: z.array(noteRecordSchema),
    settings: settingsSchema,
    dismissals: z.array(dismissalSchema),
  })
  .superRefine((data, ctx) => {
    checkUniqueIds(data.userEntries, ctx, 'userEntries');
    checkUniqueIds(data.notes, ctx, 'notes');
  });
export type UserData = z.infer<typeof userDataSchema>;

export type UserDataResult = { ok: true; data: UserData } | { ok: false; problems: string[] };

/**
 * Validates a parsed value; every problem is one line "<path>: <message>". A document
 * far larger than any export is refused before validation, and long lists of
 * problems are cut short (src/db/json-budget.ts).
 */
export function parseUserData(value: unknown): UserDataResult {
  const tooLarge = tooManyValues(value);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const parsed = userDataSchema.safeParse(value);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, problems: limitProblems(zodProblems(parsed.error)) };
}

/** Validates the text of a user-data file: size, JSON syntax (with its position), then the schema. */
export function parseUserDataText(text: string): UserDataResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_USER_DATA_BYTES) {
    return {
      ok: false,
      problems: [
        `(root): the file is ${(bytes / 1048576).toFixed(1)} MB; user-data files are at most ${MAX_USER_DATA_BYTES / 1048576} MB`,
      ],
    };
  }
  const json = parseJsonText(text);
  return json.ok ? parseUserData(json.value) : { ok: false, problems: [json.problem] };
}
