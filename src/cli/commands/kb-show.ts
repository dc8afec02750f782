import { parseArgs } from 'node:util';
import { readEntryFiles } from '../../kb/entry-files';
import { isoDaySchema } from '../../kb/schema';
import { KB_ENTRIES_DIR } from '../../kb/snapshot-from-files';
import { todayIso } from '../../kb/status';
import { statusSince } from '../../report/status-since';
import { closeMatches } from '../close-matches';
import { entryText } from '../entry-text';
import type { Command } from '../main';

const USAGE = 'usage: statusmark kb show <id> [--at YYYY-MM-DD] [--json]';

type ShowRequest = { id: string; at: string | undefined; json: boolean };

function readRequest(args: string[]): ShowRequest | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { at: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const [id, ...extra] = parsed.positionals;
  if (id === undefined) return 'give the id of an entry';
  if (extra.length > 0) return `unexpected argument "${extra[0]}"`;
  const at = parsed.values.at;
  if (at !== undefined && !isoDaySchema.safeParse(at).success) {
    return `--at expects a calendar date as YYYY-MM-DD, got "${at}"`;
  }
  return { id, at, json: parsed.values.json ?? false };
}

/** Prints one entry of the shipped KB and its status on a date (default today). */
export const command: Command = {
  usage: 'kb show <id> [--at YYYY-MM-DD] [--json]',
  summary: 'print an entry, its timeline and sources, and its status on a date',
  async run(args) {
    const request = readRequest(args);
    if (typeof request === 'string') {
      console.error(`statusmark kb show: ${request}\n${USAGE}`);
      return 2;
    }
    const { entries, problems } = await readEntryFiles(KB_ENTRIES_DIR);
    if (problems.length > 0) {
      console.error(
        `statusmark kb show: note: the KB has ${problems.length} problem(s) (see npm run kb:check)`,
      );
    }
    const entry = entries.find((e) => e.id === request.id);
    if (!entry) {
      const close = closeMatches(
        request.id,
        entries.map((e) => e.id),
      );
      const hint = close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : '';
      console.error(`statusmark kb show: no entry with id "${request.id}".${hint}`);
      return 1;
    }
    const today = todayIso();
    const at = request.at ?? today;
    if (request.json) {
      const status = statusSince(entry, at);
      console.log(
        JSON.stringify({ at, status: status?.status ?? null, since: status?.since ?? null, entry }, null, 2),
      );
    } else {
      console.log(entryText(entry, at, today).join('\n'));
    }
    return 0;
  },
};
