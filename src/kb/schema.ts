import { z } from 'zod';
import { detectionRulesSchema } from './detection-rules-schema';
import { ENTRY_KINDS, OUTCOME_KINDS, STATUSES } from './kb-values';

export { ENTRY_KINDS, OUTCOME_KINDS, STATUSES };

/**
 * The knowledge-base schema. Every KB file, feed, import and message that carries
 * entries is parsed with these schemas; nothing unvalidated reaches the store.
 * Status over time is derived from events (see status.ts), never stored.
 */

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** Calendar day, YYYY-MM-DD (a real date: 2025-02-30 is rejected). */
export const isoDaySchema = z.iso.date({ error: 'expected a calendar date as YYYY-MM-DD' });

/**
 * A day; or a month (YYYY-MM) or a year (YYYY) where sources give no more: the KB
 * never invents a day. Compared as strings, "2025-04" sorts before every day of
 * April and "2026" before every day of 2026, so such an event counts from the start
 * of its month or year.
 */
export const eventDateSchema = z.union(
  [isoDaySchema, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), z.string().regex(/^\d{4}$/)],
  { error: 'expected a date as YYYY-MM-DD (or YYYY-MM / YYYY when sources give only the month or year)' },
);

/** https only: KB strings are shown to readers as links, and only https links are allowed. */
export const httpsUrlSchema = z.string().refine(isHttpsUrl, {
  error: 'expected an https URL (http, javascript: and other schemes are not allowed)',
});

/** An absolute https URL on a domain name. */
export function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && z.regexes.domain.test(url.hostname) && !/\s/.test(value);
}

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9 and single hyphens)' })
  .max(100);

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const sourceSchema = z.strictObject({
  url: httpsUrlSchema,
  title: text(300),
  publisher: text(120),
  /** A primary source: the government, court, legislature or organisation itself. */
  primary: z.boolean(),
});
export type Source = z.infer<typeof sourceSchema>;

export const eventSchema = z.strictObject({
  date: eventDateSchema,
  status: statusSchema,
  summary: text(600),
  sources: z.array(sourceSchema).min(1, { error: 'an event needs at least one source' }),
});
export type PolicyEvent = z.infer<typeof eventSchema>;

/**
 * How a proposal ended without becoming official (vetoed, died, withdrawn...).
 * Shown beside the status; it never turns a proposal into `rescinded`.
 */
export const outcomeSchema = z.strictObject({
  kind: z.enum(OUTCOME_KINDS),
  date: eventDateSchema.optional(),
  summary: text(400),
  sources: z.array(sourceSchema).default([]),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const entryKindSchema = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof entryKindSchema>;

export const jurisdictionSchema = z.strictObject({
  /** ISO 3166-1 alpha-2, e.g. "US", "JP", "GB". */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code, e.g. "US"' }),
  /** State, province or region, e.g. "North Carolina". */
  region: text(80).optional(),
  /** City or local body, e.g. "Houston". */
  locality: text(80).optional(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const entrySchema = z
  .strictObject({
    id: idSchema,
    title: text(200),
    summary: text(2000),
    jurisdiction: jurisdictionSchema,
    kind: entryKindSchema,
    /**
     * `retirement`: retirement-crypto policy itself. `adjacent`: often conflated with it
     * (reserve bills with no pension money, other orders); kept to tell claims apart.
     */
    scope: z.enum(['retirement', 'adjacent']),
    events: z.array(eventSchema).min(1, { error: 'an entry needs at least one dated event' }),
    outcome: outcomeSchema.optional(),
    /** Common misstatements and limits, e.g. "the order does not itself allow crypto in 401(k)s". */
    caveats: z.array(text(600)).default([]),
    related: z.array(idSchema).default([]),
    /** `partly-confirmed`: some facts rest only on secondary or aggregator sources. */
    confidence: z.enum(['confirmed', 'partly-confirmed']),
    detect: detectionRulesSchema,
  })
  .superRefine((entry, ctx) => {
    entry.events.forEach((event, i) => {
      const previous = entry.events[i - 1];
      if (previous && event.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'date'],
          message: `events must be in date order: ${event.date} comes after ${previous.date}`,
        });
      }
    });
    entry.related.forEach((id, i) => {
      if (id === entry.id)
        ctx.addIssue({ code: 'custom', path: ['related', i], message: 'an entry cannot relate to itself' });
    });
  });
export type Entry = z.infer<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;

/** Checks that ids are unique and that every `related` id names an entry of the same list. */
export function checkEntryList(
  entries: readonly Entry[],
  ctx: z.RefinementCtx,
  pathPrefix: PropertyKey[],
): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...pathPrefix, i, 'id'],
        message: `duplicate id "${entry.id}" (first used by entry ${first})`,
      });
    } else seen.set(entry.id, i);
  });
  entries.forEach((entry, i) => {
    entry.related.forEach((id, j) => {
      if (!seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [...pathPrefix, i, 'related', j],
          message: `related id "${id}" names no entry in this KB`,
        });
      }
    });
  });
}

export const entryListSchema = z
  .array(entrySchema)
  .superRefine((entries, ctx) => checkEntryList(entries, ctx, []));

/** A KB snapshot: what ships in the extension, what `kb export` prints, and the feed's body. */
export const kbSnapshotSchema = z
  .strictObject({
    format: z.literal('statusmark-kb'),
    /** Monotonic: a KB is applied only over an older version. */
    version: z.number().int().positive(),
    generatedAt: z.iso.datetime({
      offset: true,
      error: 'expected an ISO date-time, e.g. 2026-11-27T12:00:00Z',
    }),
    /** sha256 over the canonical JSON of `entries` (see snapshot.ts). */
    hash: z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: 'expected "sha256-" and 64 hex digits' }),
    entries: z.array(entrySchema),
  })
  .superRefine((kb, ctx) => checkEntryList(kb.entries, ctx, ['entries']));
export type KbSnapshot = z.infer<typeof kbSnapshotSchema>;
