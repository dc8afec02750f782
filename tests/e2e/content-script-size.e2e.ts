import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/**
 * The size of the script injected into every page a reader opens, read off the builds
 * `npm test` makes. Issue 8's budget is 60 KB minified and is NOT met: the build is
 * 70.2 KB (README, Performance), the excess being detection code (reference
 * resolution, status reading). Until it is, this guards against growth: a change
 * that adds to the content script must move this ceiling down to the budget, not up.
 * The engine's word lists and patterns travel in the prepared matcher
 * (src/detect/phrase-tables.ts), the KB lives in the background, and no schema library
 * or Dexie comes along.
 */
const BUDGET = 60 * 1024;
const CEILING = 72 * 1024;

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the %s build', (_name, build) => {
  const script = join(build, 'content-scripts', 'content.js');

  it('has a content script no larger than its 72 KB ceiling (the 60 KB budget is not met yet)', () => {
    const size = statSync(script).size;
    console.log(`content.js: ${size} bytes; budget ${BUDGET}, ceiling ${CEILING}`);
    expect(size).toBeLessThanOrEqual(CEILING);
  });

  it("bundles none of the engine's phrase tables, Dexie or Zod", () => {
    const code = readFileSync(script, 'utf8');
    // A cue word only the status tables spell out, Dexie's and Zod's own names.
    expect(code).not.toContain('reintroduces');
    expect(code).not.toMatch(/\bDexie\b/);
    expect(code).not.toContain('ZodError');
  });
});
