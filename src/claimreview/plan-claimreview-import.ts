import canonicalize from 'canonicalize';
import type { Entry } from '../kb/schema';
import type { ClaimReviewItem } from './import-claimreview';

/**
 * What importing ClaimReview items as own entries would do, checked against the
 * entries the user has. Nothing is overwritten: an entry identical to one already
 * there is skipped, and one whose id is taken by a different entry gets a new id.
 */

export type ClaimReviewDecision =
  | { action: 'add'; entry: Entry; item: ClaimReviewItem }
  | { action: 'rename'; entry: Entry; from: string; item: ClaimReviewItem }
  | { action: 'same'; id: string; origin: 'shipped' | 'local'; item: ClaimReviewItem }
  | { action: 'invalid'; item: ClaimReviewItem };

export interface ExistingEntry {
  entry: Entry;
  origin: 'shipped' | 'local';
}

const sameEntry = (a: Entry, b: Entry) => canonicalize(a) === canonicalize(b);

function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, 100 - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

export function planClaimReviewImport(
  items: readonly ClaimReviewItem[],
  existing: readonly ExistingEntry[],
): ClaimReviewDecision[] {
  const byId = new Map<string, ExistingEntry[]>();
  for (const e of existing) byId.set(e.entry.id, [...(byId.get(e.entry.id) ?? []), e]);
  const taken = new Set(byId.keys());
  return items.map((item): ClaimReviewDecision => {
    if (!item.entry) return { action: 'invalid', item };
    const entry = item.entry;
    const match = byId.get(entry.id)?.find((e) => sameEntry(e.entry, entry));
    if (match) return { action: 'same', id: entry.id, origin: match.origin, item };
    if (!taken.has(entry.id)) {
      taken.add(entry.id);
      return { action: 'add', entry, item };
    }
    const id = freeId(entry.id, taken);
    taken.add(id);
    return { action: 'rename', entry: { ...entry, id }, from: entry.id, item };
  });
}
