import type { Entry, Jurisdiction, Source } from '../kb/schema';
import { statusSince } from '../report/status-since';

/** An entry as plain text for the terminal: every fact `kb show` prints, in reading order. */

const WIDTH = 100;

/** Word-wraps `text` to WIDTH columns, each line starting with `indent`. */
export function wrap(text: string, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const bare = line === firstIndent || line === indent;
    if (!bare && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
    }
    line += (line === firstIndent || line === indent ? '' : ' ') + word;
  }
  lines.push(line);
  return lines;
}

const words = (kebab: string) => kebab.replace(/-/g, ' ');

function jurisdiction(j: Jurisdiction): string {
  return [j.country, j.region, j.locality].filter(Boolean).join(', ');
}

function source(s: Source): string {
  return `${s.publisher}${s.primary ? ' (primary)' : ''}: "${s.title}" <${s.url}>`;
}

/** "reported (since 2025-07-17)", or why there is no status yet. */
export function statusLine(entry: Entry, date: string): string {
  // Since the run of equal statuses began: signed on Aug. 7, not published on Aug. 12.
  const found = statusSince(entry, date);
  if (found) return `${found.status} (since ${found.since})`;
  return `no status yet (the first event is on ${entry.events[0]?.date ?? '?'})`;
}

export function entryText(entry: Entry, at: string, today: string): string[] {
  const out = [entry.id, entry.title, ''];
  out.push(`Status on ${at}: ${statusLine(entry, at)}`);
  if (at !== today) out.push(`Status today (${today}): ${statusLine(entry, today)}`);
  if (entry.outcome) {
    const when = entry.outcome.date ? ` on ${entry.outcome.date}` : '';
    out.push(...wrap(`${words(entry.outcome.kind)}${when}: ${entry.outcome.summary}`, '    ', 'Outcome: '));
  }
  out.push(
    '',
    `Kind: ${words(entry.kind)}`,
    `Jurisdiction: ${jurisdiction(entry.jurisdiction)}`,
    `Scope: ${entry.scope}`,
    `Confidence: ${words(entry.confidence)}`,
    '',
    'Summary:',
    ...wrap(entry.summary, '  '),
    '',
    'Timeline:',
  );
  for (const event of entry.events) {
    const head = `  ${event.date.padEnd(10)}  ${event.status.padEnd(9)}  `;
    const indent = ' '.repeat(head.length);
    out.push(...wrap(event.summary, indent, head));
    for (const s of event.sources) out.push(...wrap(source(s), `${indent}  `, `${indent}- `));
  }
  const outcomeSources = entry.outcome?.sources ?? [];
  if (outcomeSources.length > 0) {
    out.push('', 'Outcome sources:', ...outcomeSources.flatMap((s) => wrap(source(s), '    ', '  - ')));
  }
  if (entry.caveats.length > 0) {
    out.push('', 'Caveats:', ...entry.caveats.flatMap((c) => wrap(c, '    ', '  - ')));
  }
  if (entry.related.length > 0) out.push('', `Related: ${entry.related.join(', ')}`);
  return out;
}
