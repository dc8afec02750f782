import type { Entry } from '../../kb/schema';

/** What the popover shows beyond the claim itself: the entry in full, fetched on demand. */
export interface EntryDetails {
  entry: Pick<Entry, 'id' | 'title' | 'summary' | 'events' | 'outcome' | 'caveats' | 'confidence'>;
  /** The KB version the entry came from (for citations). */
  kbVersion: number;
  /** `local`: the reader's own entry, not the shipped KB's. */
  origin?: 'shipped' | 'local';
  /** The reader's own note on this entry, if any. */
  localNote?: string;
}

/**
 * Where entry details come from: the background, by message, by id. Behind an interface
 * so the popover neither knows nor cares how the extension talks.
 */
export interface EntryDetailsSource {
  get(entryId: string): Promise<EntryDetails | null>;
}

/** Asks once per entry; a failed request is asked again next time. */
export function cachedDetailsSource(source: EntryDetailsSource): EntryDetailsSource {
  const cache = new Map<string, Promise<EntryDetails | null>>();
  return {
    get(entryId) {
      let pending = cache.get(entryId);
      if (!pending) {
        pending = source.get(entryId);
        cache.set(entryId, pending);
        pending.catch(() => cache.delete(entryId));
      }
      return pending;
    },
  };
}
