import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

/** A folder for one test's build, removed when the test ends. */
function buildDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ascii-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function runCheck(dir: string): { code: number; output: string } {
  try {
    const out = execFileSync('node', ['scripts/check-ascii.mjs', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output: out };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, output: e.stderr };
  }
}

describe('check-ascii (build guard)', () => {
  it('passes a build whose scripts are all ASCII', () => {
    const dir = buildDir();
    writeFileSync(join(dir, 'a.js'), 'const s = "\\uffff";\n');
    expect(runCheck(dir).code).toBe(0);
  });

  it('fails on a raw U+FFFF in a nested script and names the file and line', () => {
    const dir = buildDir();
    mkdirSync(join(dir, 'content-scripts'));
    writeFileSync(join(dir, 'content-scripts', 'content.js'), 'let a = 1;\nconst s = "\uffff";\n');
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    expect(output).toContain('content-scripts/content.js');
    expect(output).toContain('line 2');
  });
});
