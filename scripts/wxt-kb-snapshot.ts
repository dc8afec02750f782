import type { WxtHooks } from 'wxt';
import { BUNDLED_INFO_FILE, BUNDLED_SNAPSHOT_FILE, bundledKbInfo } from '../src/kb/bundled-kb';
import { snapshotFromEntryFiles, type SnapshotFromFilesOptions } from '../src/kb/snapshot-from-files';
import type { KbSnapshot } from '../src/kb/schema';

/**
 * Ships the KB inside the extension. At build time the entry files are read and
 * validated once (the build fails listing every problem), and two files are added to
 * the output next to the public assets:
 *   kb/snapshot.json       the snapshot the background seeds the database from;
 *   kb/snapshot-info.json  its version, hash, date and size, which the background
 *                          reads on wake-up to decide whether to seed at all.
 * A WXT hook rather than a Vite plugin: WXT runs several Vite builds (background,
 * content script, pages), and the public-assets step runs once per extension build.
 */

/** Build-time hooks that add the KB files; `options` point at other entry files (tests). */
export function createKbSnapshotHooks(options: SnapshotFromFilesOptions = {}): Partial<WxtHooks> {
  // Built once per build process: every output file comes from the same snapshot.
  let building: Promise<KbSnapshot> | undefined;
  const bundledSnapshot = () => (building ??= buildOnce(options));
  return {
    'build:publicAssets': async (_wxt, files) => {
      const snapshot = await bundledSnapshot();
      files.push(
        { relativeDest: BUNDLED_SNAPSHOT_FILE, contents: JSON.stringify(snapshot) },
        { relativeDest: BUNDLED_INFO_FILE, contents: JSON.stringify(bundledKbInfo(snapshot)) },
      );
    },
  };
}

async function buildOnce(options: SnapshotFromFilesOptions): Promise<KbSnapshot> {
  const result = await snapshotFromEntryFiles(options);
  if (result.ok) return result.snapshot;
  const lines = result.problems.map((p) => `  ${p}`).join('\n');
  throw new Error(
    `The knowledge base has ${result.problems.length} problem(s); fix them to build:\n${lines}`,
  );
}

/**
 * STATUSMARK_KB_DIR points the build at another folder of entry files: `npm run bench`
 * builds extensions with generated KBs of 50, 1,000 and 10,000 entries this way.
 */
export const kbSnapshotHooks = createKbSnapshotHooks({
  entriesDir: process.env.STATUSMARK_KB_DIR || undefined,
});
