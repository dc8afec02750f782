/**
 * npm run kb:check [-- --today YYYY-MM-DD] [--entries <dir>]
 * Validates every KB entry file (schema, events in date order, unique ids that
 * match file names, `related` ids that resolve) and prints either every problem
 * (exit 1) or one line per status as of today and the totals (exit 0).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readEntryFiles } from '../src/kb/entry-files';
import { STATUSES, type Entry } from '../src/kb/schema';
import { currentStatus, todayIso } from '../src/kb/status';

const ENTRIES_DIR = fileURLToPath(new URL('../src/kb/entries', import.meta.url));
const USAGE = 'usage: npm run kb:check [-- --today YYYY-MM-DD] [--entries <dir>]';

/** "official     21  id-a, id-b, ...": entries by their status on `today`. */
function statusLines(entries: readonly Entry[], today: string): string[] {
  const byStatus = new Map<string, string[]>();
  for (const entry of entries) {
    // An entry whose first event is after `today` has no status yet.
    const status = currentStatus(entry, today) ?? 'not yet';
    byStatus.set(status, [...(byStatus.get(status) ?? []), entry.id]);
  }
  return [...STATUSES, 'not yet']
    .filter((status) => byStatus.has(status))
    .map((status) => {
      const ids = byStatus.get(status) ?? [];
      return `${status.padEnd(10)} ${String(ids.length).padStart(3)}  ${ids.join(', ')}`;
    });
}

function totalsLine(entries: readonly Entry[]): string {
  const events = entries.flatMap((entry) => entry.events);
  const sources = events.flatMap((event) => event.sources);
  const primary = sources.filter((source) => source.primary).length;
  const outcomes = entries.filter((entry) => entry.outcome).length;
  const partly = entries.filter((entry) => entry.confidence === 'partly-confirmed').length;
  return (
    `${'total'.padEnd(10)} ${String(entries.length).padStart(3)}  entries; ${events.length} events, ` +
    `${sources.length} sources (${primary} primary), ${outcomes} outcomes, ${partly} partly confirmed`
  );
}

async function check(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { today: { type: 'string' }, entries: { type: 'string' } } }));
  } catch (error) {
    console.error(`kb:check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`kb:check: --today must be a date as YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const { entries, problems } = await readEntryFiles(values.entries ?? ENTRIES_DIR);
  if (problems.length > 0) {
    console.error(`kb:check: ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  console.log(`KB status as of ${today}:`);
  for (const line of [...statusLines(entries, today), totalsLine(entries)]) console.log(line);
  return 0;
}

process.exitCode = await check(process.argv.slice(2));
