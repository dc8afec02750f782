import * as z from 'zod/mini';

/**
 * The content script's protocols: what it may ask the background (reads only), what
 * extension pages ask it, and what the background tells it. Written with `zod/mini`
 * because the content script has a 60 KB budget; the background validates every
 * request again on arrival (src/background/message-router.ts).
 */

const entryId = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Content script -> background: read-only requests. */
export const getEntryRequestSchema = z.strictObject({
  type: z.literal('getEntry'),
  id: entryId,
  /** Without it, the user's own entry wins over a shipped one with the same id. */
  origin: z.optional(z.enum(['shipped', 'local'])),
});
export const getKbInfoRequestSchema = z.strictObject({ type: z.literal('getKbInfo') });

export const contentRequestSchema = z.discriminatedUnion('type', [
  getEntryRequestSchema,
  getKbInfoRequestSchema,
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/**
 * Content script -> background, the one message on the matcher's rest port (see
 * matcher-port.ts): the matcher the page has, by the key its first answer gave.
 */
export const matcherRestRequestSchema = z.strictObject({ rest: z.string().check(z.minLength(1)) });
export type MatcherRestRequest = z.infer<typeof matcherRestRequestSchema>;

/** Extension page (popup) -> a tab's content script. */
export const tabRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getPageInfo') }),
  /** The page's badged claims for the popup's report; answered with `PageClaims`. */
  z.strictObject({ type: z.literal('getPageClaims') }),
  /** Scroll to a badge (by its `PageClaim.key`) and focus it; answered with `{ focused }`. */
  z.strictObject({ type: z.literal('focusClaim'), key: z.string().check(z.minLength(1), z.maxLength(400)) }),
]);
export type TabRequest = z.infer<typeof tabRequestSchema>;
export const pageInfoSchema = z.object({
  url: z.string(),
  title: z.string(),
  badgeCount: z.number().check(z.int(), z.nonnegative()),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

const claimStatus = z.enum(['proposed', 'reported', 'official', 'rescinded']);

/** One badged claim: an AssessedClaim (src/detect/types.ts), its badge's key, and the local mark. */
export const pageClaimSchema = z.object({
  /** Names the badge for `focusClaim`: entry, sentence fingerprint and occurrence on the page. */
  key: z.string().check(z.minLength(1), z.maxLength(400)),
  blockIndex: z.number(),
  start: z.number(),
  end: z.number(),
  sentence: z.string(),
  entryId,
  entryTitle: z.string(),
  claimedStatus: z.nullable(claimStatus),
  statusAtPublication: z.nullable(claimStatus),
  currentStatus: z.nullable(claimStatus),
  currentSince: z.nullable(z.string()),
  outdated: z.boolean(),
  /** The status comes from the reader's own entry or verified note. */
  local: z.boolean(),
  note: z.string(),
  why: z.array(z.string()),
  confidence: z.number(),
  via: z.enum(['direct', 'context']),
});
export type PageClaim = z.infer<typeof pageClaimSchema>;

/** The content script's answer to `getPageClaims`. */
export const pageClaimsSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** The article's publication date as the page states it (YYYY-MM-DD), or null. */
  publishedAt: z.nullable(z.string()),
  /** The KB version the claims were assessed with, when the page knows it. */
  kbVersion: z.nullable(z.number()),
  /** False when Statusmark is off on this page (paused, or the site is turned off). */
  active: z.boolean(),
  claims: z.array(pageClaimSchema),
});
export type PageClaims = z.infer<typeof pageClaimsSchema>;
export const focusClaimResultSchema = z.object({ focused: z.boolean() });

/** Background -> every tab, best effort: the KB changed, so badges may be out of date. */
export const kbChangedSchema = z.strictObject({
  type: z.literal('kbChanged'),
  /** What changed: the shipped KB (seeding or a feed update), the user's own entries, or their notes. */
  reason: z.enum(['shipped-kb', 'user-entries', 'notes']),
  /** The shipped KB's version and hash after the change. */
  version: z.nullable(z.number()),
  hash: z.nullable(z.string()),
});
export type KbChanged = z.infer<typeof kbChangedSchema>;
