import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { benchResultsSchema } from '../../bench/report/results-schema';
import { ROOT } from './harness/paths';

const run = promisify(execFile);

// Proves `npm run bench` works end to end in Chromium: it builds, measures and writes
// its results. It asserts what the run found and the shape of what it wrote, never a time.
describe('npm run bench -- --quick', () => {
  const dir = mkdtempSync(join(tmpdir(), 'statusmark-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures F1 at N = 50 and writes a well-formed results file with sane values', async () => {
    const out = join(dir, 'quick.json');
    const { stdout } = await run('npx', ['tsx', 'scripts/bench.ts', '--quick', '--out', out], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const results = benchResultsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results.cases).toHaveLength(1);
    const [f1] = results.cases;
    expect(f1).toMatchObject({ fixture: 'F1', kbSize: 50, reps: 3, precision: 1, recall: 1 });
    for (const method of [
      'floor',
      'statusmarkScan',
      'statusmark',
      'markjsRegExp',
      'advancedMark',
      'naive',
    ] as const) {
      expect(f1!.ms[method]).toBeGreaterThan(0);
      expect(f1!.min[method]!).toBeLessThanOrEqual(f1!.ms[method]!);
      expect(f1!.max[method]!).toBeGreaterThanOrEqual(f1!.ms[method]!);
    }
    // The whole annotation contains its first scan (by how both are marked).
    expect(f1!.ms.statusmark!).toBeGreaterThan(f1!.ms.statusmarkScan!);
    // The floor's page counts (F1: about 1,700 elements, 50 KB of text), counted apart from its timed walk.
    expect(f1!.elements).toBeGreaterThan(1_000);
    expect(f1!.textKB).toBeGreaterThan(30);
    expect(results.contentScriptBytes).toBeGreaterThan(10_000);
    // The traced run attributed tasks: the content script ran at least one of its own.
    expect(f1!.extensionTaskMs).toBeGreaterThan(0);
    expect(f1!.extensionTaskCpuMs).toBeGreaterThan(0);
    expect(stdout).toContain('| F1 | 50 |');
  }, 240_000);
});
