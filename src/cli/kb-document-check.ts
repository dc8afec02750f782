import { entryListSchema, entrySchema, kbSnapshotSchema } from '../kb/schema';
import { hashEntries } from '../kb/snapshot';
import { parseUserData, USER_DATA_FORMAT } from '../db/user-data-schema';
import { formatPath, zodProblems } from '../db/zod-problems';

/**
 * What `statusmark kb validate` checks: a KB snapshot or feed body, a list of entries,
 * one entry, or a user-data file, each with the very schemas the build, the feed and
 * the import use. DOM-free and Node-free, so other tools can call it.
 */
export type DocumentKind = 'kb-snapshot' | 'user-data' | 'entry-list' | 'entry';

export const KIND_NAMES: Record<DocumentKind, string> = {
  'kb-snapshot': 'KB snapshot',
  'user-data': 'user-data file',
  'entry-list': 'entry list',
  entry: 'KB entry',
};

export type DocumentCheck =
  { kind: DocumentKind; problems: string[]; summary: string } | { kind: null; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function detectKind(value: unknown): DocumentKind | null | 'unknown-format' {
  if (Array.isArray(value)) return 'entry-list';
  if (!isObject(value)) return null;
  if (value.format === 'statusmark-kb') return 'kb-snapshot';
  if (value.format === USER_DATA_FORMAT) return 'user-data';
  if ('format' in value) return 'unknown-format';
  if ('id' in value || 'events' in value) return 'entry';
  return null;
}

/**
 * Duplicate ids among raw items. Zod runs the list's own duplicate check only when
 * every entry parsed, so without this a file with a bad URL would hide its duplicate.
 */
function duplicateIds(items: unknown, prefix: string): string[] {
  if (!Array.isArray(items)) return [];
  const first = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    if (id === undefined) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else
      problems.push(`${formatPath([i, 'id'], prefix)}: duplicate id "${id}" (first used by entry ${seen})`);
  });
  return problems;
}

const unique = (lines: string[]) => [...new Set(lines)];
const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

async function checkSnapshot(value: unknown): Promise<DocumentCheck> {
  const parsed = kbSnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const entries = isObject(value) ? value.entries : undefined;
    return {
      kind: 'kb-snapshot',
      summary: '',
      problems: unique([...zodProblems(parsed.error), ...duplicateIds(entries, 'entries')]),
    };
  }
  const kb = parsed.data;
  const expected = await hashEntries(kb.entries);
  const problems =
    expected === kb.hash ? [] : [`hash: expected ${expected} (the hash of these entries), found ${kb.hash}`];
  return {
    kind: 'kb-snapshot',
    problems,
    summary: `version ${kb.version}, ${count(kb.entries.length)}, hash matches`,
  };
}

export async function checkDocument(value: unknown): Promise<DocumentCheck> {
  const kind = detectKind(value);
  switch (kind) {
    case 'kb-snapshot':
      return checkSnapshot(value);
    case 'user-data': {
      const result = parseUserData(value);
      if (!result.ok) return { kind, problems: result.problems, summary: '' };
      const { userEntries, notes, dismissals } = result.data;
      return {
        kind,
        problems: [],
        summary: `${userEntries.length} own entries, ${notes.length} notes, ${dismissals.length} dismissed claims`,
      };
    }
    case 'entry-list': {
      const parsed = entryListSchema.safeParse(value);
      if (parsed.success) return { kind, problems: [], summary: count(parsed.data.length) };
      return {
        kind,
        summary: '',
        problems: unique([...zodProblems(parsed.error), ...duplicateIds(value, '')]),
      };
    }
    case 'entry': {
      const parsed = entrySchema.safeParse(value);
      if (parsed.success) return { kind, problems: [], summary: `"${parsed.data.id}"` };
      return { kind, summary: '', problems: zodProblems(parsed.error) };
    }
    case 'unknown-format':
      return {
        kind: null,
        problems: [`format: expected "statusmark-kb" (a KB snapshot or feed) or "${USER_DATA_FORMAT}"`],
      };
    default:
      return {
        kind: null,
        problems: [
          '(root): expected a KB snapshot or feed (format "statusmark-kb"), a user-data file ' +
            `(format "${USER_DATA_FORMAT}"), a list of entries, or one entry (an object with "id" and "events")`,
        ],
      };
  }
}
