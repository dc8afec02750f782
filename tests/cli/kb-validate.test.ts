import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/kb/schema';
import { makeEntry, makeSnapshot } from '../db/helpers';
import { runCli, spawnCli } from './run-command';

const dir = mkdtempSync(join(tmpdir(), 'statusmark-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: unknown, raw = false): string {
  const path = join(dir, `file-${++n}.json`);
  writeFileSync(path, raw ? String(content) : JSON.stringify(content, null, 2));
  return path;
}

function withSource(entry: Entry, url: string): Entry {
  const copy = structuredClone(entry);
  copy.events[0]!.sources[0]!.url = url;
  return copy;
}

async function problemLines(path: string): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['kb', 'validate', path]);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  return stderr.split('\n');
}

describe('statusmark kb validate', () => {
  it('accepts a valid snapshot (exit 0) through bin/statusmark.mjs', async () => {
    const path = file(await makeSnapshot([makeEntry('a-entry'), makeEntry('b-entry')], 7));
    const { code, stdout } = await spawnCli(['kb', 'validate', path]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`${path}: valid KB snapshot (version 7, 2 entries, hash matches)`);
  }, 30_000);

  it('accepts an entry list, a single entry and a user-data file', async () => {
    const userData = {
      format: 'statusmark-user-data',
      formatVersion: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      userEntries: [],
      notes: [],
      settings: { paused: false, disabledSites: [], feedUrl: '' },
      dismissals: [],
    };
    for (const [content, kind] of [
      [[makeEntry('a-entry')], 'valid entry list (1 entry)'],
      [makeEntry('a-entry'), 'valid KB entry ("a-entry")'],
      [userData, 'valid user-data file (0 own entries, 0 notes, 0 dismissed claims)'],
    ] as const) {
      const path = file(content);
      expect(await runCli(['kb', 'validate', path])).toEqual({
        code: 0,
        stdout: `${path}: ${kind}`,
        stderr: '',
      });
    }
  });

  it('fails a javascript: source URL with one line naming its path', async () => {
    const path = file([withSource(makeEntry('a-entry'), 'javascript:alert(1)')]);
    expect(await problemLines(path)).toEqual([
      `${path}: [0].events[0].sources[0].url: expected an https URL (http, javascript: and other schemes are not allowed)`,
    ]);
  });

  it('fails a missing date with one line', async () => {
    const entry = structuredClone(makeEntry('a-entry')) as unknown as { events: Record<string, unknown>[] };
    delete entry.events[0]!.date;
    const path = file(entry);
    expect(await problemLines(path)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: events\\[0\\]\\.date: expected a date as YYYY-MM-DD`)),
    ]);
  });

  it('fails an unknown status with one line listing the allowed ones', async () => {
    const entry = structuredClone(makeEntry('a-entry')) as unknown as { events: Record<string, unknown>[] };
    entry.events[0]!.status = 'signed';
    const path = file(
      await makeSnapshot([makeEntry('b-entry')], 3).then((kb) => ({
        ...kb,
        entries: [...kb.entries, entry],
      })),
    );
    expect(await problemLines(path)).toEqual([
      `${path}: entries[1].events[0].status: Invalid option: expected one of "proposed"|"reported"|"official"|"rescinded"`,
    ]);
  });

  it('fails a duplicate id with one line, also beside other problems', async () => {
    const path = file([makeEntry('a-entry'), makeEntry('a-entry')]);
    expect(await problemLines(path)).toEqual([
      `${path}: [1].id: duplicate id "a-entry" (first used by entry 0)`,
    ]);

    const mixed = file([makeEntry('a-entry'), withSource(makeEntry('a-entry'), 'http://example.org/x')]);
    expect(await problemLines(mixed)).toEqual([
      expect.stringMatching(
        new RegExp(`^${mixed}: \\[1\\]\\.events\\[0\\]\\.sources\\[0\\]\\.url: expected an https URL`),
      ),
      `${mixed}: [1].id: duplicate id "a-entry" (first used by entry 0)`,
    ]);
  });

  it('fails a snapshot whose hash does not match its entries', async () => {
    const kb = await makeSnapshot([makeEntry('a-entry')], 3);
    const path = file({ ...kb, entries: [makeEntry('a-entry', { title: 'Edited after hashing' })] });
    expect(await problemLines(path)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}: hash: expected sha256-[0-9a-f]{64} \\(the hash of these entries\\), found ${kb.hash}$`,
        ),
      ),
    ]);
  });

  it('says where a file stops being JSON, in one line', async () => {
    const path = file('{\n  "id": "a-entry",\n  "events": [}\n', true);
    expect(await problemLines(path)).toEqual([
      `${path}: not valid JSON at line 3, column 14: unexpected "}" (Unexpected token '}')`,
    ]);
  });

  it('names what it expected for a file of another kind', async () => {
    expect(await problemLines(file({ hello: 'world' }))).toEqual([
      expect.stringMatching(/: \(root\): expected a KB snapshot or feed/),
    ]);
    expect(await problemLines(file({ format: 'other-tool' }))).toEqual([
      expect.stringMatching(/: format: expected "statusmark-kb"/),
    ]);
  });

  it('lists every problem of a user-data file with its path', async () => {
    const path = file({
      format: 'statusmark-user-data',
      formatVersion: 2,
      exportedAt: 'yesterday',
      userEntries: [],
      notes: [],
      settings: {},
      dismissals: [],
    });
    expect(await problemLines(path)).toEqual([
      expect.stringMatching(/: formatVersion: expected formatVersion 1/),
      expect.stringMatching(/: exportedAt: expected an ISO date-time/),
    ]);
  });

  it('exits 1 for a missing file and 2 for bad usage', async () => {
    expect((await runCli(['kb', 'validate', join(dir, 'nope.json')])).code).toBe(1);
    expect((await runCli(['kb', 'validate'])).code).toBe(2);
    expect((await runCli(['kb', 'validate', 'a.json', 'b.json'])).code).toBe(2);
  });
});
