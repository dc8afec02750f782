import {
  BUNDLED_INFO_FILE,
  BUNDLED_SNAPSHOT_FILE,
  bundledKbInfoSchema,
  type BundledKbInfo,
} from '../kb/bundled-kb';
import { kbSnapshotSchema, type KbSnapshot } from '../kb/schema';
import { hashMatches } from '../kb/snapshot';

/** The KB files inside the extension package (written by scripts/wxt-kb-snapshot.ts). */
export interface BundledKb {
  /** A few bytes: which KB the bundle is. Read on wake-up to decide whether to seed. */
  info(): Promise<BundledKbInfo>;
  /** The full snapshot, validated and hash-checked. Read only when seeding. */
  snapshot(): Promise<KbSnapshot>;
}

async function readJson(url: string, fetchFile: typeof fetch): Promise<unknown> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`cannot read the bundled KB file ${url}: HTTP ${response.status}`);
  return response.json();
}

/** Reads the bundled KB files from the extension's own origin (`getURL` = runtime.getURL). */
export function bundledKbFromPackage(
  getURL: (path: `/${string}`) => string,
  fetchFile: typeof fetch = fetch,
): BundledKb {
  return {
    async info() {
      return bundledKbInfoSchema.parse(await readJson(getURL(`/${BUNDLED_INFO_FILE}`), fetchFile));
    },
    async snapshot() {
      const snapshot = kbSnapshotSchema.parse(await readJson(getURL(`/${BUNDLED_SNAPSHOT_FILE}`), fetchFile));
      if (!(await hashMatches(snapshot)))
        throw new Error('the bundled KB does not match its hash: the package is damaged');
      return snapshot;
    },
  };
}
