import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readEntryFiles } from './entry-files';
import { buildSnapshot } from './snapshot';
import type { KbSnapshot } from './schema';

/**
 * Node-only: the KB snapshot made from the entry files, as the build ships it and
 * `statusmark kb export` prints it. One function, so both always agree.
 */
export const KB_ENTRIES_DIR = fileURLToPath(new URL('./entries/', import.meta.url));
export const KB_VERSION_FILE = fileURLToPath(new URL('./kb-version.json', import.meta.url));

const kbVersionFileSchema = z.strictObject({ version: z.number().int().positive() });

export type SnapshotFromFiles = { ok: true; snapshot: KbSnapshot } | { ok: false; problems: string[] };

export interface SnapshotFromFilesOptions {
  entriesDir?: string;
  versionFile?: string;
  generatedAt?: Date;
}

/**
 * When the snapshot was generated: SOURCE_DATE_EPOCH (seconds) when set, for
 * reproducible builds, else now. The hash covers the entries only, not this time.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? new Date(epoch * 1000) : new Date();
}

async function readVersion(file: string): Promise<{ version: number } | { problem: string }> {
  try {
    const parsed = kbVersionFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
    return { problem: `${file}: expected { "version": <positive integer> }` };
  } catch (error) {
    return { problem: `${file}: cannot read the KB version: ${(error as Error).message}` };
  }
}

/** Reads and validates every entry file and the KB version; every problem is one line. */
export async function snapshotFromEntryFiles(
  options: SnapshotFromFilesOptions = {},
): Promise<SnapshotFromFiles> {
  const [files, version] = await Promise.all([
    readEntryFiles(options.entriesDir ?? KB_ENTRIES_DIR),
    readVersion(options.versionFile ?? KB_VERSION_FILE),
  ]);
  const problems = [...files.problems, ...('problem' in version ? [version.problem] : [])];
  if (problems.length > 0 || 'problem' in version) return { ok: false, problems };
  const snapshot = await buildSnapshot(files.entries, version.version, options.generatedAt ?? buildTime());
  return { ok: true, snapshot };
}
