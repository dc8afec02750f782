import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { FeedValidators } from '../feed/fetch-feed';

/**
 * The HTTP validators (ETag, Last-Modified) of the last feed that was accepted,
 * kept in storage.local so a restarted worker still asks conditionally. They are
 * tied to the URL and to the KB version they led to: after a change of feed URL,
 * or when the stored KB is older than that version, they are not sent.
 */
const storedValidatorsSchema = z.object({
  url: z.string(),
  version: z.number().int().positive(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
type StoredValidators = z.infer<typeof storedValidatorsSchema>;

const validatorsItem = storage.defineItem<StoredValidators | null>('local:feedValidators', {
  fallback: null,
});

/** The validators to send for `url` when the stored KB is at `installedVersion` (or none). */
export async function loadFeedValidators(
  url: string,
  installedVersion: number | undefined,
): Promise<FeedValidators | undefined> {
  const parsed = storedValidatorsSchema.safeParse(await validatorsItem.getValue());
  if (!parsed.success || parsed.data.url !== url) return undefined;
  if (installedVersion === undefined || installedVersion < parsed.data.version) return undefined;
  const { etag, lastModified } = parsed.data;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

export async function saveFeedValidators(
  url: string,
  version: number,
  validators: FeedValidators,
): Promise<void> {
  await validatorsItem.setValue({ url, version, ...validators });
}
