import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { assessClaims, detectClaims, loadMatcher, prepareMatcher } from '../../detect';
import { extractBlocks, findPublishedAt } from '../../extract';
import { readEntryFiles } from '../../kb/entry-files';
import { isoDaySchema } from '../../kb/schema';
import { KB_ENTRIES_DIR, KB_VERSION_FILE } from '../../kb/snapshot-from-files';
import { todayIso } from '../../kb/status';
import { formatReport, toReportClaims, type CheckReport } from '../check/check-report';
import { readPage } from '../check/read-page';
import type { Command } from '../main';

const USAGE = 'usage: statusmark check <file.html | URL | -> [--json] [--as-of YYYY-MM-DD]';

type CheckRequest = { source: string; json: boolean; asOf: string };

function readRequest(args: string[]): CheckRequest | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const [source, ...extra] = parsed.positionals;
  if (source === undefined) return 'give an HTML file, a URL, or - for standard input';
  if (extra.length > 0) return `unexpected argument "${extra[0]}"`;
  const asOf = parsed.values['as-of'];
  if (asOf !== undefined && !isoDaySchema.safeParse(asOf).success) {
    return `--as-of expects a calendar date as YYYY-MM-DD, got "${asOf}"`;
  }
  return { source, json: parsed.values.json ?? false, asOf: asOf ?? todayIso() };
}

async function kbVersion(): Promise<number> {
  const { version } = JSON.parse(await readFile(KB_VERSION_FILE, 'utf8')) as { version: number };
  return version;
}

/**
 * Checks a news page against the KB with the same extraction and engine as the
 * extension: which sentences make claims about which entries, what status each
 * claims, and how that compares with the KB at publication and now.
 */
export const command: Command = {
  usage: 'check <file.html | URL | -> [--json] [--as-of YYYY-MM-DD]',
  summary: "check a page's retirement-crypto claims against the KB",
  async run(args) {
    const request = readRequest(args);
    if (typeof request === 'string') {
      console.error(`statusmark check: ${request}\n${USAGE}`);
      return 2;
    }
    const page = await readPage(request.source);
    if (!page.ok) {
      console.error(`statusmark check: ${page.problem}`);
      return 1;
    }
    const { entries, problems } = await readEntryFiles(KB_ENTRIES_DIR);
    if (problems.length > 0) {
      console.error(
        `statusmark check: note: the KB has ${problems.length} problem(s) (see npm run kb:check)`,
      );
    }
    const { document } = parseHTML(page.html);
    const matcher = loadMatcher(prepareMatcher(entries));
    const blocks = extractBlocks(document as unknown as Document);
    const publishedAt = findPublishedAt(document as unknown as Document);
    const claims = assessClaims(matcher, detectClaims(matcher, blocks), { publishedAt, today: request.asOf });
    const title =
      document.title?.trim() ||
      document.querySelector('meta[property="og:title"]')?.getAttribute('content') ||
      null;
    const report: CheckReport = {
      url: page.url,
      title,
      publishedAt,
      kb: { version: await kbVersion(), entries: entries.length },
      claims: toReportClaims(claims),
    };
    console.log(request.json ? JSON.stringify(report, null, 2) : formatReport(report, request.asOf));
    return 0;
  },
};
