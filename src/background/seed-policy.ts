import type { KbMeta } from '../db/records';

/** Which KB the extension ships: its version and content hash. */
export interface BundleIdentity {
  version: number;
  hash: string;
}

export type SeedDecision = { action: 'seed' | 'replace' | 'keep'; reason: string };

/**
 * Whether the bundled KB should replace the stored one. Versions only grow; the
 * bundle and a feed share one version line.
 * - Nothing stored: seed.
 * - Stored from a feed: replace only by a newer bundle version (an extension update
 *   that ships a newer KB); a feed KB at the same or a higher version is kept.
 * - Stored from the bundle: replace by a newer version, or by the same version with
 *   another hash (the extension's own file is trusted, and the stored copy must match
 *   it: a rebuilt bundle, or a KB stored by schema v1 without a hash). An older
 *   bundle never replaces a newer stored KB.
 */
export function decideSeed(current: KbMeta | undefined, bundle: BundleIdentity): SeedDecision {
  if (!current)
    return { action: 'seed', reason: `no KB stored yet: seeding bundled version ${bundle.version}` };
  if (bundle.version > current.version) {
    return {
      action: 'replace',
      reason: `bundled version ${bundle.version} is newer than the stored ${current.source} version ${current.version}`,
    };
  }
  if (bundle.version < current.version) {
    return {
      action: 'keep',
      reason: `the stored ${current.source} version ${current.version} is newer than the bundled ${bundle.version}`,
    };
  }
  if (current.source === 'bundled' && current.hash !== bundle.hash) {
    return { action: 'replace', reason: `bundled version ${bundle.version} has new content (another hash)` };
  }
  return { action: 'keep', reason: `version ${current.version} (${current.source}) is already stored` };
}
