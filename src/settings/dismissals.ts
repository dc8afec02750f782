import { storage } from 'wxt/utils/storage';
import {
  dismissalListSchema,
  dismissalSchema,
  pageKey,
  sameClaim,
  type Dismissal,
} from './dismissals-schema';

/**
 * Dismissed claims in `storage.local` (key "dismissals"). The content script writes
 * one when the user picks "Not this claim" and reads them before badging a page.
 */
export const dismissalsItem = storage.defineItem<Dismissal[]>('local:dismissals', {
  fallback: [],
  version: 1,
});

/** Oldest dismissals are dropped past this many, so storage stays small. */
export const MAX_DISMISSALS = 5000;

export async function listDismissals(): Promise<Dismissal[]> {
  const parsed = dismissalListSchema.safeParse(await dismissalsItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Dismissals for one page (query and #fragment ignored). */
export async function dismissalsForPage(url: string): Promise<Dismissal[]> {
  const page = pageKey(url);
  return page === null ? [] : (await listDismissals()).filter((d) => d.pageUrl === page);
}

export interface ClaimRef {
  pageUrl: string;
  entryId: string;
  fingerprint: string;
}

/** Records "Not this claim" (once per claim); throws when the reference is invalid. */
export async function dismissClaim(claim: ClaimRef, now: Date = new Date()): Promise<Dismissal> {
  const dismissal = dismissalSchema.parse({
    ...claim,
    pageUrl: pageKey(claim.pageUrl) ?? claim.pageUrl,
    dismissedAt: now.toISOString(),
  });
  const others = (await listDismissals()).filter((d) => !sameClaim(d, dismissal));
  await saveDismissals([...others, dismissal]);
  return dismissal;
}

/** Undoes a dismissal; true when there was one. */
export async function undismissClaim(claim: ClaimRef): Promise<boolean> {
  const key = { ...claim, pageUrl: pageKey(claim.pageUrl) ?? claim.pageUrl };
  const all = await listDismissals();
  const kept = all.filter((d) => !sameClaim(d, key));
  if (kept.length === all.length) return false;
  await saveDismissals(kept);
  return true;
}

/** Replaces the whole list (import), keeping the newest MAX_DISMISSALS. */
export async function saveDismissals(dismissals: Dismissal[]): Promise<void> {
  const valid = dismissalListSchema.parse(dismissals);
  const newestLast = [...valid].sort((a, b) => a.dismissedAt.localeCompare(b.dismissedAt));
  await dismissalsItem.setValue(newestLast.slice(-MAX_DISMISSALS));
}
