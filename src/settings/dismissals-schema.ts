import * as z from 'zod/mini';

/**
 * "Not this claim": the user said a badge on a page is wrong for that sentence. Kept
 * in `storage.local` so the content script can skip it on the next scan without the
 * database. `zod/mini` for the content script's size budget.
 */

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const dismissalSchema = z.strictObject({
  /** The page, as `pageKey` gives it: origin and path. */
  pageUrl: z.string().check(
    z.maxLength(2048),
    z.refine((v) => pageKey(v) === v, { error: 'expected an http(s) page URL without query or #fragment' }),
  ),
  entryId: z.string().check(z.maxLength(100), z.regex(ENTRY_ID, { error: 'expected a kebab-case entry id' })),
  /** Identifies the sentence: a short hash of its whitespace-normalised text (no page text is stored). */
  fingerprint: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(128),
      z.regex(/^[A-Za-z0-9:_-]+$/, { error: 'expected a sentence fingerprint' }),
    ),
  dismissedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date-time' }),
});
export type Dismissal = z.infer<typeof dismissalSchema>;

export const dismissalListSchema = z.array(dismissalSchema);

/**
 * The page a dismissal belongs to: origin and path, without query or #fragment (as
 * src/page/dismissals.ts keys them: tracking parameters must not revive a badge).
 * Null for URLs that are not http(s).
 */
export function pageKey(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { protocol, origin, pathname } = new URL(url);
  return protocol === 'https:' || protocol === 'http:' ? origin + pathname : null;
}

/** The same claim: same page, entry and sentence. */
export function sameClaim(a: Omit<Dismissal, 'dismissedAt'>, b: Omit<Dismissal, 'dismissedAt'>): boolean {
  return a.pageUrl === b.pageUrl && a.entryId === b.entryId && a.fingerprint === b.fingerprint;
}
