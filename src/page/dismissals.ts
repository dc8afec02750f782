import { claimFingerprint, type BadgeClaim } from './page-text';

/**
 * "Not this claim": the reader's verdict that a badge is wrong on this page. Kept per
 * page (origin + path) and entry + sentence fingerprint (a hash: no page text is stored),
 * so the same sentence elsewhere still counts.
 */
export interface Dismissals {
  isDismissed(claim: BadgeClaim): boolean;
  dismiss(claim: BadgeClaim): void;
}

export interface DismissedClaim {
  entryId: string;
  fingerprint: string;
}

/** Where dismissals are remembered between visits (the extension's storage.local). */
export interface DismissalStorage {
  load(page: string): Promise<DismissedClaim[]>;
  save(page: string, claim: DismissedClaim): Promise<void>;
}

/** The page a dismissal belongs to: origin and path, without query or fragment. */
export function dismissalPage(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

const keyOf = (claim: DismissedClaim) => `${claim.entryId} ${claim.fingerprint}`;
const refOf = (claim: BadgeClaim): DismissedClaim => ({
  entryId: claim.entryId,
  fingerprint: claimFingerprint(claim.sentence),
});

/**
 * Dismissals for one page: read once up front (so badges never flash in and out),
 * answered synchronously, and written through to storage.
 */
export async function loadDismissals(page: string, storage: DismissalStorage | null): Promise<Dismissals> {
  const stored = storage ? await storage.load(page).catch(() => []) : [];
  const keys = new Set(stored.map(keyOf));
  return {
    isDismissed: (claim) => keys.has(keyOf(refOf(claim))),
    dismiss(claim) {
      const ref = refOf(claim);
      keys.add(keyOf(ref));
      void storage?.save(page, ref).catch(() => {
        // Still hidden for this visit when storage is unavailable.
      });
    },
  };
}
