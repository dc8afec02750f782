import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Finds Chromium: CHROME_PATH first, then the usual names on the PATH. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/** Finds Firefox ESR: FIREFOX_PATH first, then firefox-esr and firefox on the PATH. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const name of ['firefox-esr', 'firefox']) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error(
    'No Firefox found. Install it (Debian: sudo apt-get install -y firefox-esr) ' +
      'or set FIREFOX_PATH to a Firefox executable.',
  );
}
