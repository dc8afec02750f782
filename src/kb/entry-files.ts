import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { checkEntryList, entrySchema, type Entry } from './schema';

/**
 * Node-only reader of the KB's entry files (src/kb/entries/<id>.json), shared by
 * `kb:check`, the KB build and the CLI. It never throws on bad content: every
 * problem comes back as one line naming the file, the JSON path and what was expected.
 */
export interface EntryFiles {
  /** Every entry that parsed, in file-name order (also when other files have problems). */
  entries: Entry[];
  /** One line per problem, "<file>: <json.path>: <message>"; empty when all files are valid. */
  problems: string[];
}

interface ParsedFile {
  file: string;
  entry: Entry;
}

/** "events[0].sources[1].url", or "(root)" for the file's top-level value. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : z.core.toDotPath(path);
}

/** "line 3, column 5" for a JSON.parse error that reports a character position. */
function jsonErrorLine(text: string, error: Error): string {
  const at = /at position (\d+)/.exec(error.message);
  const message = error.message.replace(/\s*in JSON at position \d+.*$/s, '');
  if (!at) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: invalid JSON: ${message}`;
}

type FileResult = { entry: Entry } | { problems: string[]; rawId?: string };

async function readEntryFile(dir: string, file: string): Promise<FileResult> {
  let text: string;
  try {
    text = (await readFile(join(dir, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return { problems: [`${file}: cannot read the file: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`${file}: ${jsonErrorLine(text, error as Error)}`] };
  }
  const result = entrySchema.safeParse(json);
  if (result.success) return { entry: result.data };
  const rawId = (json as { id?: unknown } | null)?.id;
  return {
    problems: result.error.issues.map((issue) => `${file}: ${jsonPath(issue.path)}: ${issue.message}`),
    ...(typeof rawId === 'string' ? { rawId } : {}),
  };
}

/**
 * Checks across files: ids unique (via checkEntryList), `related` ids resolve, and
 * each file named `<id>.json`. Ids of files that failed to parse still count as
 * known, so one broken file does not also fail every entry that links to it.
 */
function listProblems(parsed: readonly ParsedFile[], brokenIds: ReadonlySet<string>): string[] {
  const listSchema = z.array(z.custom<Entry>()).superRefine((list, ctx) => checkEntryList(list, ctx, []));
  const result = listSchema.safeParse(parsed.map((p) => p.entry));
  const problems: string[] = [];
  const duplicateFiles = new Set<string>();
  for (const issue of result.success ? [] : result.error.issues) {
    const [index, ...path] = issue.path;
    const item = parsed[Number(index)];
    if (!item) continue;
    if (path[0] === 'related' && brokenIds.has(item.entry.related[Number(path[1])] ?? '')) continue;
    if (path[0] === 'id') duplicateFiles.add(item.file);
    const message = issue.message.replace(
      /first used by entry (\d+)/,
      (_, first: string) => `also the id of ${parsed[Number(first)]?.file ?? 'another file'}`,
    );
    problems.push(`${item.file}: ${jsonPath(path)}: ${message}`);
  }
  for (const { file, entry } of parsed) {
    if (file !== `${entry.id}.json` && !duplicateFiles.has(file)) {
      problems.push(`${file}: id: expected the file to be named "${entry.id}.json" after its id`);
    }
  }
  return problems;
}

/** Reads and validates every `*.json` file directly in `dir`. */
export async function readEntryFiles(dir: string): Promise<EntryFiles> {
  let files: string[];
  try {
    files = (await readdir(dir, { withFileTypes: true }))
      .filter((item) => item.isFile() && item.name.endsWith('.json'))
      .map((item) => item.name)
      .sort();
  } catch (error) {
    return { entries: [], problems: [`${dir}: cannot read the folder: ${(error as Error).message}`] };
  }
  if (files.length === 0) return { entries: [], problems: [`${dir}: no *.json entry files found`] };

  const parsed: ParsedFile[] = [];
  const problems: string[] = [];
  const brokenIds = new Set<string>();
  for (const file of files) {
    const result = await readEntryFile(dir, file);
    if ('entry' in result) parsed.push({ file, entry: result.entry });
    else {
      problems.push(...result.problems);
      if (result.rawId !== undefined) brokenIds.add(result.rawId);
    }
  }
  problems.push(...listProblems(parsed, brokenIds));
  return { entries: parsed.map((p) => p.entry), problems };
}
