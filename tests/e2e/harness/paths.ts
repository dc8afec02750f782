import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, process.env.STATUSMARK_OUT ?? '.output');
/** The builds under test: `npm test` builds them before the e2e suite runs. */
export const CHROME_BUILD = join(OUT, 'chrome-mv3');
export const FIREFOX_BUILD = join(OUT, 'firefox-mv2');
export const DEMO_DIR = join(ROOT, 'demo');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
