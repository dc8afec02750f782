import type { EvalSummary, Measured, PartSummary, ReportPart } from './eval-summary';

/** The human-readable report of `npm run eval`. */

const PARTS: ReportPart[] = ['dev', 'holdout', 'all'];
const HIDDEN = '(holdout sentence hidden; --reveal-holdout shows it)';

const pct = (value: number | null): string => (value === null ? '   -  ' : value.toFixed(3).padStart(6));
const rateCells = (m: Measured | undefined): string =>
  m ? `${pct(m.precision)} ${pct(m.recall)} ${pct(m.statusAccuracy)}` : ' '.repeat(20);

function overallTable(parts: EvalSummary['parts']): string[] {
  const lines = ['part      pages  claims  negatives  hits  false+  misses  precision  recall  status'];
  for (const part of PARTS) {
    const s: PartSummary | undefined = parts[part];
    if (!s) continue;
    const o = s.overall;
    lines.push(
      `${part.padEnd(8)} ${String(s.pages).padStart(6)} ${String(s.labelledClaims).padStart(7)} ` +
        `${String(s.negatives).padStart(10)} ${String(o.hits).padStart(5)} ${String(o.falsePositives).padStart(7)} ` +
        `${String(o.misses).padStart(7)}     ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.statusAccuracy)}`,
    );
  }
  return lines;
}

function entryTable(parts: EvalSummary['parts']): string[] {
  const shown = PARTS.filter((part) => parts[part]);
  const ids = [...new Set(shown.flatMap((part) => Object.keys(parts[part]?.entries ?? {})))].sort();
  const head = shown.map((part) => `${part.padEnd(6)} P      R      S`.padEnd(21)).join(' | ');
  const lines = [`${'entry'.padEnd(46)} ${head}`];
  for (const id of ids) {
    lines.push(`${id.padEnd(46)} ${shown.map((part) => rateCells(parts[part]?.entries[id])).join(' | ')}`);
  }
  return lines;
}

const sentence = (text: string | null): string => `      ${text ?? HIDDEN}`;

export function formatReport(summary: EvalSummary): string {
  const out: string[] = ['Statusmark claim detection: corpus evaluation', ''];
  out.push(`KB: ${summary.kb.entries} entries shipped.`);
  if (summary.kb.labelledEntriesMissing.length > 0) {
    out.push(
      `Labelled entries the KB does not ship (their claims count as misses): ${summary.kb.labelledEntriesMissing.join(', ')}`,
    );
  }
  out.push(
    '',
    ...overallTable(summary.parts),
    '',
    'P = precision, R = recall, S = claimed-status accuracy over correct detections',
    '',
  );
  out.push(...entryTable(summary.parts), '');

  const dates = summary.publishedAt;
  out.push(`Publication dates: ${dates.right} of ${dates.pages} pages right`);
  for (const d of dates.wrong)
    out.push(`  ${d.page}: expected ${d.expected ?? 'none'}, got ${d.got ?? 'none'}`);

  out.push('', `Misses (${summary.misses.length})`);
  for (const m of summary.misses) {
    out.push(
      `  ${m.page}  ${m.entryId}  expected ${m.expected ?? 'no status'}; got ${m.got.join(', ') || 'nothing'}`,
    );
    out.push(sentence(m.sentence));
  }
  out.push('', `False positives (${summary.falsePositives.length})`);
  for (const f of summary.falsePositives) {
    out.push(
      `  ${f.page}  ${f.entryId} (${f.claimedStatus ?? 'no status'})  [${f.kind}]; expected no claim for this entry`,
    );
    out.push(sentence(f.sentence));
  }
  out.push('', `Right entry, wrong claimed status (${summary.wrongStatus.length})`);
  for (const w of summary.wrongStatus) {
    out.push(`  ${w.page}  ${w.entryId}  expected ${w.expected ?? 'no status'}, got ${w.got ?? 'no status'}`);
    out.push(sentence(w.sentence));
  }
  return out.join('\n');
}
