import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { benchKb, writeKbFolder } from '../kb/bench-kb';

const run = promisify(execFile);

/** Everything the bench builds and generates goes under here (gitignored, as every .output-* folder). */
export const BENCH_OUT = '.output-bench';
const ROOT = resolve(import.meta.dirname, '../..');
/** What a build is made of, besides the KB: a change to any of these means building again. */
const BUILD_INPUTS = ['src', 'entrypoints', 'public', 'wxt.config.ts', 'scripts', 'package-lock.json'];

export interface BenchBuild {
  kbSize: number;
  extensionDir: string;
  /** Size of the minified content script, bytes. */
  contentScriptBytes: number;
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const names = await readdir(path);
  return (await Promise.all(names.map((name) => filesUnder(join(path, name))))).flat();
}

/** A key of the sources (paths, sizes and times) and of the KB (its content). */
async function buildKey(kbJson: string): Promise<string> {
  const hash = createHash('sha256').update(kbJson);
  const files = (await Promise.all(BUILD_INPUTS.map((p) => filesUnder(join(ROOT, p))))).flat().sort();
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    hash.update(`${file}:${size}:${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds the Chromium extension with a benchmark KB of `kbSize` entries: the entries
 * are written as files and the build reads them through STATUSMARK_KB_DIR (see
 * scripts/wxt-kb-snapshot.ts), into a folder of its own; the shipped build is
 * untouched. A build whose sources and KB have not changed since is reused.
 */
export async function buildBenchExtension(
  kbSize: number,
  log: (line: string) => void = () => {},
): Promise<BenchBuild> {
  const folder = join(ROOT, BENCH_OUT, `kb-${kbSize}`);
  const entries = await benchKb(kbSize);
  const key = await buildKey(JSON.stringify(entries));
  const keyFile = join(folder, 'build-key.txt');
  const extensionDir = join(folder, 'build', 'chrome-mv3');
  const contentScript = join(extensionDir, 'content-scripts', 'content.js');
  const built = await readFile(keyFile, 'utf8').catch(() => '');
  if (built !== key || !(await stat(contentScript).catch(() => null))) {
    log(`building the extension with a KB of ${kbSize} entries`);
    const entriesDir = join(folder, 'entries');
    await writeKbFolder(entriesDir, entries);
    const env = {
      ...process.env,
      STATUSMARK_OUT: join(BENCH_OUT, `kb-${kbSize}`, 'build'),
      STATUSMARK_KB_DIR: entriesDir,
    };
    await run('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    await run('node', ['scripts/check-ascii.mjs', extensionDir], { cwd: ROOT });
    await writeFile(keyFile, key);
  } else log(`reusing the extension built with a KB of ${kbSize} entries`);
  return { kbSize, extensionDir, contentScriptBytes: (await stat(contentScript)).size };
}
