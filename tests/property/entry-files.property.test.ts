import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/kb/entry-files';
import { jsonText, mutatedDocument, namesPlace, prototypeIsClean } from './json-mutations';
import { SHIPPED_ENTRY_DOCS } from './shipped-entries';

/** Shipped entries of every shape, with no links to entries outside the one file. */
const STANDALONE_DOCS = SHIPPED_ENTRY_DOCS.map((doc) => ({ ...(doc as object), related: [] }));

/** Problem lines of readEntryFiles: "<file>: <json path>: <what was expected>". */
const PROBLEM_LINE = /^[^:]+\.json: (\(root\)|line \d+, column \d+|invalid JSON|[^:]+): \S/;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statusmark-hostile-entries-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes one entry file (replacing the last) and reads the folder as the KB build does. */
async function readOne(file: string, text: string) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), text);
  return readEntryFiles(dir);
}

describe('KB entry files (src/kb/entry-files.ts) under hostile input', () => {
  it('a mutated shipped entry is read or refused with a problem naming the file and the JSON path', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedDocument(STANDALONE_DOCS), async ({ doc, mutation }) => {
        const id = (doc as { id?: unknown } | null)?.id;
        const file = `${typeof id === 'string' && /^[a-z0-9-]{1,100}$/.test(id) ? id : 'entry'}.json`;
        const result = await readOne(file, jsonText(doc));
        expect(prototypeIsClean()).toBe(true);
        if (result.problems.length === 0) {
          expect(result.entries).toHaveLength(1);
          return;
        }
        refused++;
        for (const line of result.problems) expect(line).toMatch(PROBLEM_LINE);
        // A file named after no id is a problem of its own, at `id` or the root.
        expect(
          namesPlace(result.problems, mutation, { linePrefix: `${file}: ` }),
          `${mutation.kind} at ${JSON.stringify(mutation.path)} (${mutation.detail}): ${result.problems.join(' | ')}`,
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(75);
  });

  it('any text at all gives entries or problems, never an exception', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('\uFEFF{', '['.repeat(100_000), '{"id": "x", "id": 1}', '\u0000', 'null'),
    );
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        const result = await readOne('hostile.json', content);
        expect(result.entries.length + result.problems.length).toBeGreaterThan(0);
        for (const line of result.problems) expect(line).toMatch(PROBLEM_LINE);
      }),
      { numRuns: 100 },
    );
  });
});
