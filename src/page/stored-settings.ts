import { browser } from 'wxt/browser';
import type { DismissalStorage, DismissedClaim } from './dismissals';

/**
 * The settings module's values in storage.local, read and written here by hand: the
 * content script has a 60 KB budget, and its schemas (src/settings) would bring a schema
 * library into every page. Same keys and shapes as src/settings (its `settings` and
 * `dismissals` items, version 1); anything unexpected reads as the defaults.
 */
const SETTINGS_KEY = 'settings';
const DISMISSALS_KEY = 'dismissals';
/** As src/settings/dismissals.ts: the oldest are dropped past this many. */
const MAX_DISMISSALS = 5000;

interface StoredDismissal extends DismissedClaim {
  pageUrl: string;
  dismissedAt: string;
}

/** As src/settings isActiveOn: not paused, and the page's host is not turned off. */
export function isActiveFor(raw: unknown, pageUrl: string): boolean {
  const settings = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (settings.paused === true) return false;
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const off = Array.isArray(settings.disabledSites) ? settings.disabledSites : [];
  return !off.includes(url.hostname.toLowerCase());
}

export async function readActive(pageUrl: string): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return isActiveFor(stored[SETTINGS_KEY], pageUrl);
}

/** Calls `onChange(active)` whenever the settings change in any context. */
export function watchActive(signal: AbortSignal, pageUrl: () => string, onChange: (active: boolean) => void) {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      onChange(isActiveFor(changes[SETTINGS_KEY]?.newValue, pageUrl()));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

function isStoredDismissal(value: unknown): value is StoredDismissal {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return ['pageUrl', 'entryId', 'fingerprint', 'dismissedAt'].every((k) => typeof d[k] === 'string');
}

async function readDismissals(): Promise<StoredDismissal[]> {
  const stored = (await browser.storage.local.get(DISMISSALS_KEY))[DISMISSALS_KEY];
  return Array.isArray(stored) ? stored.filter(isStoredDismissal) : [];
}

/** "Not this claim" records, shared with the options page's export and import. */
export const storedDismissals: DismissalStorage = {
  async load(page) {
    return (await readDismissals()).filter((d) => d.pageUrl === page);
  },
  async save(page, claim) {
    const same = (d: StoredDismissal) =>
      d.pageUrl === page && d.entryId === claim.entryId && d.fingerprint === claim.fingerprint;
    const others = (await readDismissals()).filter((d) => !same(d));
    const added: StoredDismissal = { pageUrl: page, ...claim, dismissedAt: new Date().toISOString() };
    await browser.storage.local.set({ [DISMISSALS_KEY]: [...others, added].slice(-MAX_DISMISSALS) });
  },
};
