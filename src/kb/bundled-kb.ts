import { z } from 'zod';
import type { KbSnapshot } from './schema';

/**
 * The KB snapshot that ships inside the extension. The build writes two files
 * (scripts/wxt-kb-snapshot.ts): the snapshot, and a few bytes saying which KB it is,
 * so the background can tell on each wake-up whether its database is current by
 * reading the small file, and parses the full snapshot only when it must seed.
 */
export const BUNDLED_SNAPSHOT_FILE = 'kb/snapshot.json';
export const BUNDLED_INFO_FILE = 'kb/snapshot-info.json';

export const bundledKbInfoSchema = z.strictObject({
  version: z.number().int().positive(),
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
  generatedAt: z.string(),
  entryCount: z.number().int().nonnegative(),
});
export type BundledKbInfo = z.infer<typeof bundledKbInfoSchema>;

export function bundledKbInfo(snapshot: KbSnapshot): BundledKbInfo {
  return {
    version: snapshot.version,
    hash: snapshot.hash,
    generatedAt: snapshot.generatedAt,
    entryCount: snapshot.entries.length,
  };
}
