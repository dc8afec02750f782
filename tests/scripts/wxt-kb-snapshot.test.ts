import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import { createKbSnapshotHooks } from '../../scripts/wxt-kb-snapshot';
import { kbSnapshotSchema } from '../../src/kb/schema';
import { hashMatches } from '../../src/kb/snapshot';
import { bundledKbInfoSchema } from '../../src/kb/bundled-kb';
import { KB_ENTRIES_DIR } from '../../src/kb/snapshot-from-files';

async function runHook(hooks: ReturnType<typeof createKbSnapshotHooks>): Promise<ResolvedPublicFile[]> {
  const files: ResolvedPublicFile[] = [];
  await hooks['build:publicAssets']?.({} as Wxt, files);
  return files;
}

const contentsOf = (files: ResolvedPublicFile[], dest: string): unknown => {
  const file = files.find((f) => f.relativeDest === dest);
  if (!file || !('contents' in file)) throw new Error(`no generated ${dest}`);
  return JSON.parse(String(file.contents));
};

describe('the KB snapshot in the build', () => {
  it('ships the entry files as a valid, hashed snapshot with its info file', async () => {
    const files = await runHook(createKbSnapshotHooks());
    const snapshot = kbSnapshotSchema.parse(contentsOf(files, 'kb/snapshot.json'));
    const version = JSON.parse(readFileSync(join(KB_ENTRIES_DIR, '../kb-version.json'), 'utf8')) as {
      version: number;
    };

    expect(snapshot.version).toBe(version.version);
    expect(await hashMatches(snapshot)).toBe(true);
    expect(snapshot.entries.map((e) => e.id)).toContain('us-eo-14330-alt-assets-401k');
    expect(bundledKbInfoSchema.parse(contentsOf(files, 'kb/snapshot-info.json'))).toEqual({
      version: snapshot.version,
      hash: snapshot.hash,
      generatedAt: snapshot.generatedAt,
      entryCount: snapshot.entries.length,
    });
  });

  it('fails the build listing every problem of the entry files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statusmark-entries-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", ');
    writeFileSync(join(dir, 'bad-url.json'), JSON.stringify({ id: 'bad-url', title: 'x' }));
    const hooks = createKbSnapshotHooks({ entriesDir: dir });
    const error = await runHook(hooks).catch((e: unknown) => e as Error);

    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toMatch(/^The knowledge base has \d+ problem\(s\); fix them to build:$/);
    expect(lines.some((l) => l.startsWith('  broken.json: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('  bad-url.json: summary: '))).toBe(true);
  });
});
