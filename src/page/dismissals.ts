import { claimKey, type BadgeClaim } from './page-text';

/**
 * "Not this claim": the reader's verdict that a badge is wrong on this page. Kept per
 * page (origin + path) and entry + sentence, so the same sentence elsewhere still counts.
 */
export interface Dismissals {
  isDismissed(claim: BadgeClaim): boolean;
  dismiss(claim: BadgeClaim): void;
}

/** Where dismissals are remembered between visits (the extension's storage). */
export interface DismissalStorage {
  /** Keys dismissed on `page`. */
  load(page: string): Promise<string[]>;
  save(page: string, key: string): Promise<void>;
}

/** The page a dismissal belongs to: origin and path, without query or fragment. */
export function dismissalPage(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

/**
 * Dismissals for one page: read once up front (so badges never flash in and out),
 * answered synchronously, and written through to storage.
 */
export async function loadDismissals(page: string, storage: DismissalStorage | null): Promise<Dismissals> {
  const keys = new Set(storage ? await storage.load(page).catch(() => []) : []);
  return {
    isDismissed: (claim) => keys.has(claimKey(claim)),
    dismiss(claim) {
      const key = claimKey(claim);
      keys.add(key);
      void storage?.save(page, key).catch(() => {
        // Hidden for this visit even when storage is unavailable.
      });
    },
  };
}
