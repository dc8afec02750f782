/**
 * npm run kb:build [-- --version N] [--entries src/kb/entries] [--out dist/kb/feed.json]
 * Builds the KB feed from the entry files: the same snapshot the extension bundles
 * (format, version, generatedAt, hash over the canonical entries, entries), as
 * dist/kb/feed.json. Sign it next with `npm run kb:sign`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { feedJson } from '../src/feed/feed-json';
import { buildSnapshot } from '../src/kb/snapshot';
import { snapshotFromEntryFiles } from '../src/kb/snapshot-from-files';

const USAGE = 'usage: npm run kb:build [-- --version N] [--entries <dir>] [--out <file>]';

async function build(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { version: { type: 'string' }, entries: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`kb:build: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.version !== undefined && !/^[1-9]\d*$/.test(values.version)) {
    console.error(`kb:build: --version must be a positive whole number\n${USAGE}`);
    return 2;
  }
  const outPath = values.out ?? 'dist/kb/feed.json';
  const built = await snapshotFromEntryFiles(values.entries ? { entriesDir: values.entries } : {});
  if (!built.ok) {
    console.error(`kb:build: ${built.problems.length} problem(s) in the KB; nothing written:`);
    for (const problem of built.problems) console.error(`  ${problem}`);
    return 1;
  }
  // The version from src/kb/kb-version.json, unless --version overrides it.
  const snapshot =
    values.version === undefined
      ? built.snapshot
      : await buildSnapshot(
          built.snapshot.entries,
          Number(values.version),
          new Date(built.snapshot.generatedAt),
        );
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, feedJson(snapshot));
  const count = `${snapshot.entries.length} ${snapshot.entries.length === 1 ? 'entry' : 'entries'}`;
  console.log(`wrote ${outPath}: version ${snapshot.version}, ${count}, ${snapshot.hash}`);
  return 0;
}

process.exitCode = await build(process.argv.slice(2));
