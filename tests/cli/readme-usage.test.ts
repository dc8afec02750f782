import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-command';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The commands' synopses as `statusmark help` prints them: "  <usage>   <summary>". */
async function helpSynopses(): Promise<string[]> {
  const { code, stdout } = await runCli(['help']);
  expect(code).toBe(0);
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('  ') && !line.trimStart().startsWith('help '))
    .map((line) => line.trim().split(/\s{2,}/)[0]!);
}

describe('the README and the statusmark command line', () => {
  it('shows every command with the synopsis the command itself prints', async () => {
    const synopses = await helpSynopses();
    expect(synopses.length).toBeGreaterThanOrEqual(5);
    const missing = synopses.filter((usage) => !README.includes(`\`npx statusmark ${usage}\``));
    expect(missing).toEqual([]);
  });
});
