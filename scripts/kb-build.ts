/**
 * npm run kb:build [-- --version N] [--entries src/kb/entries] [--out dist/kb/feed.json]
 * Builds the KB feed from the entry files: the snapshot (format, version,
 * generatedAt, hash over the canonical entries, entries) as dist/kb/feed.json.
 * Sign it next with `npm run kb:sign`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feedJson } from '../src/feed/feed-json';
import { readEntryFiles } from '../src/kb/entry-files';
import kbVersion from '../src/kb/kb-version.json';
import { buildSnapshot } from '../src/kb/snapshot';

const ENTRIES_DIR = fileURLToPath(new URL('../src/kb/entries', import.meta.url));

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
  // The KB version every build of this commit carries, unless --version overrides it.
  const version = values.version === undefined ? kbVersion.version : Number(values.version);
  const outPath = values.out ?? 'dist/kb/feed.json';
  const { entries, problems } = await readEntryFiles(values.entries ?? ENTRIES_DIR);
  if (problems.length > 0) {
    console.error(`kb:build: the entry files have ${problems.length} problem(s); nothing written:`);
    for (const problem of problems) console.error(`  ${String(problem)}`);
    return 1;
  }
  const snapshot = await buildSnapshot(entries, version);
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, feedJson(snapshot));
  const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
  console.log(`wrote ${outPath}: version ${version}, ${count}, ${snapshot.hash}`);
  return 0;
}

process.exitCode = await build(process.argv.slice(2));
