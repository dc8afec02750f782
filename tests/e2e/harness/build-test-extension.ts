import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

const run = promisify(execFile);

const FOLDERS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

/**
 * Builds the extension into its own folder with build-time settings a test needs
 * (e.g. STATUSMARK_TRUST_DEV_KEY=1), then checks its bundles are ASCII as
 * `npm run build` does. Returns the extension folder. Never the shared .output/.
 */
export async function buildTestExtension(
  outDir: string,
  env: Record<string, string>,
  browser: keyof typeof FOLDERS = 'chrome',
): Promise<string> {
  const buildEnv = { ...process.env, ...env, STATUSMARK_OUT: outDir };
  await run('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, env: buildEnv });
  const extensionDir = join(ROOT, outDir, FOLDERS[browser]);
  await run('node', ['scripts/check-ascii.mjs', extensionDir], { cwd: ROOT });
  return extensionDir;
}
