import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/kb/entry-files';
import type { EntryInput } from '../../src/kb/schema';

function entry(id: string, overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    id,
    title: `Entry ${id}`,
    summary: 'A test entry.',
    jurisdiction: { country: 'US' },
    kind: 'bill',
    scope: 'retirement',
    events: [
      {
        date: '2025-03-24',
        status: 'proposed',
        summary: 'Filed.',
        sources: [{ url: 'https://example.org/bill', title: 'Bill', publisher: 'Example', primary: true }],
      },
    ],
    confidence: 'confirmed',
    detect: { names: [`Bill ${id}`] },
    ...overrides,
  };
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statusmark-entries-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(file: string, content: unknown): Promise<void> {
  await writeFile(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

describe('readEntryFiles', () => {
  it('reads every valid entry file in file-name order, with schema defaults filled', async () => {
    await write('b-bill.json', entry('b-bill', { related: ['a-bill'] }));
    await write('a-bill.json', entry('a-bill'));
    await write('notes.txt', 'not an entry');

    const { entries, problems } = await readEntryFiles(dir);

    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['a-bill', 'b-bill']);
    expect(entries[0]?.caveats).toEqual([]);
  });

  it('reports bad JSON with the file name and the line and column, and still reads the other files', async () => {
    await write('a-bill.json', entry('a-bill'));
    await write('broken.json', '{\n  "id": "broken",\n}\n');

    const { entries, problems } = await readEntryFiles(dir);

    expect(problems).toEqual([expect.stringMatching(/^broken\.json: line 3, column 1: invalid JSON: \S/)]);
    expect(entries.map((e) => e.id)).toEqual(['a-bill']);
  });

  it('reports a file not named after its id', async () => {
    await write('a-bill.json', entry('another-bill'));

    const { problems } = await readEntryFiles(dir);

    expect(problems).toEqual([
      'a-bill.json: id: expected the file to be named "another-bill.json" after its id',
    ]);
  });

  it('reports a duplicate id once, naming both files', async () => {
    await write('a-bill.json', entry('a-bill'));
    await write('b-bill.json', entry('a-bill'));

    const { problems } = await readEntryFiles(dir);

    expect(problems).toEqual(['b-bill.json: id: duplicate id "a-bill" (also the id of a-bill.json)']);
  });

  it('reports a related id that names no entry, at its JSON path', async () => {
    await write('a-bill.json', entry('a-bill', { related: ['missing-bill'] }));

    const { problems } = await readEntryFiles(dir);

    expect(problems).toEqual([
      'a-bill.json: related[0]: related id "missing-bill" names no entry in this KB',
    ]);
  });

  it('rejects a javascript: source URL at its JSON path', async () => {
    const bad = entry('a-bill');
    bad.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    await write('a-bill.json', bad);

    const { entries, problems } = await readEntryFiles(dir);

    expect(problems).toEqual([
      'a-bill.json: events[0].sources[0].url: expected an https URL (http, javascript: and other schemes are not allowed)',
    ]);
    expect(entries).toEqual([]);
  });

  it('does not also fail the entries that link to a broken file', async () => {
    const broken = entry('b-bill');
    delete (broken.events[0] as { date?: string }).date;
    await write('a-bill.json', entry('a-bill', { related: ['b-bill'] }));
    await write('b-bill.json', broken);

    const { problems } = await readEntryFiles(dir);

    expect(problems).toEqual([expect.stringMatching(/^b-bill\.json: events\[0\]\.date: /)]);
  });

  it('reports an empty folder and a missing folder as one line each', async () => {
    expect((await readEntryFiles(dir)).problems).toEqual([`${dir}: no *.json entry files found`]);
    const missing = join(dir, 'nowhere');
    expect((await readEntryFiles(missing)).problems).toEqual([
      expect.stringMatching(new RegExp(`^${missing}: cannot read the folder: `)),
    ]);
  });
});
