import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_KEYS_DIR, policyEntry } from './helpers/feed-fixtures';

const ROOT = join(import.meta.dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root the way a publisher would, and collects its exit code. */
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const npm = (...args: string[]) => run('npm', ['run', '--silent', ...args]);
const statusmark = (...args: string[]) => run('node', ['bin/statusmark.mjs', ...args]);

describe('publishing a feed: keygen, build, sign, verify through the command line', () => {
  let dir: string;
  let feed: string;
  let pub: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statusmark-feed-'));
    feed = join(dir, 'feed.json');
    pub = join(dir, 'keys/feed-signing.pub');
    const entries = join(dir, 'entries');
    mkdirSync(entries);
    for (const entry of [policyEntry('first-bill'), policyEntry('second-bill', 'official')]) {
      writeFileSync(join(entries, `${entry.id}.json`), JSON.stringify(entry));
    }
    const keygen = await npm('kb:keygen', '--', join(dir, 'keys'));
    expect(keygen).toMatchObject({ code: 0, stdout: expect.stringContaining('feed-signing.key') });
    const build = await npm('kb:build', '--', '--entries', entries, '--out', feed, '--version', '5');
    expect(build).toMatchObject({ code: 0, stdout: expect.stringContaining('version 5, 2 entries') });
    const sign = await npm('kb:sign', '--', '--key', join(dir, 'keys/feed-signing.key'), '--feed', feed);
    expect(sign).toMatchObject({ code: 0, stdout: expect.stringContaining(`wrote ${feed}.sig`) });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies the signed feed with the new public key: exit 0, "would be applied"', async () => {
    const result = await statusmark('kb', 'verify', feed, '--key', pub, '--current-version', '4');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^would be applied: version 5, 2 entries, /);
  });

  it('refuses to overwrite an existing key pair: exit 1', async () => {
    const again = await npm('kb:keygen', '--', join(dir, 'keys'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('refusing to overwrite');
  });

  it('exits 1 with the reason for an older version than the installed one', async () => {
    const result = await statusmark('kb', 'verify', feed, '--key', pub, '--current-version', '6');
    expect(result).toMatchObject({
      code: 1,
      stderr: 'would not be applied: version 5 is older than the installed version 6: downgrade refused\n',
    });
  });

  it('exits 1 for a feed signed by a key it was not told to trust', async () => {
    const result = await statusmark('kb', 'verify', feed, '--key', join(FEED_KEYS_DIR, 'feed-signing.pub'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^would not be applied: signed by an unknown key/);
  });

  it('exits 1 when the feed file was edited after signing', async () => {
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, readFileSync(feed, 'utf8').replace('"official"', '"rescinded"'));
    const result = await statusmark('kb', 'verify', tampered, '--key', pub, '--sig', `${feed}.sig`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^would not be applied: signature does not match/);
  });

  it('refuses to sign a feed whose entries no longer match its hash: exit 1', async () => {
    const stale = join(dir, 'stale.json');
    writeFileSync(stale, readFileSync(feed, 'utf8').replace('Policy first-bill', 'Policy renamed'));
    const result = await npm('kb:sign', '--', '--key', join(dir, 'keys/feed-signing.key'), '--feed', stale);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refusing to sign');
  });

  it('exits 2 on a usage error', async () => {
    expect((await statusmark('kb', 'verify', feed)).code).toBe(2);
    expect((await statusmark('kb', 'verify', feed, '--key', pub, '--current-version', 'soon')).code).toBe(2);
  });
});
