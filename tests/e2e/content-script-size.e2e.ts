import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/**
 * Issue 8's size budget, read off the builds `npm test` makes: the script injected
 * into every page a reader opens stays at or under 60 KB minified. The engine's word
 * lists and patterns travel in the prepared matcher (src/detect/phrase-tables.ts), the
 * KB lives in the background, and no schema library or Dexie comes along.
 */
const LIMIT = 60 * 1024;

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the %s build', (_name, build) => {
  const script = join(build, 'content-scripts', 'content.js');

  it('has a content script of at most 60 KB minified', () => {
    expect(statSync(script).size).toBeLessThanOrEqual(LIMIT);
  });

  it("bundles none of the engine's phrase tables, Dexie or Zod", () => {
    const code = readFileSync(script, 'utf8');
    // A cue word only the status tables spell out, Dexie's and Zod's own names.
    expect(code).not.toContain('reintroduces');
    expect(code).not.toMatch(/\bDexie\b/);
    expect(code).not.toContain('ZodError');
  });
});
