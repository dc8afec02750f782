import type { AssessedClaim } from '../../detect/types';

/** `statusmark check --json`: the shape issue 4 fixes. */
export interface CheckReport {
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  kb: { version: number; entries: number };
  claims: {
    text: string;
    entryId: string;
    entryTitle: string;
    claimedStatus: AssessedClaim['claimedStatus'];
    statusAtPublication: AssessedClaim['statusAtPublication'];
    currentStatus: AssessedClaim['currentStatus'];
    outdated: boolean;
    note: string;
    why: string[];
  }[];
}

/** The sentence as a reader sees it: the DOM's line breaks and indentation are one space. */
const asRead = (text: string) => text.replace(/\s+/g, ' ').trim();

export function toReportClaims(claims: readonly AssessedClaim[]): CheckReport['claims'] {
  return claims.map((claim) => ({
    text: asRead(claim.sentence),
    entryId: claim.entryId,
    entryTitle: claim.entryTitle,
    claimedStatus: claim.claimedStatus,
    statusAtPublication: claim.statusAtPublication,
    currentStatus: claim.currentStatus,
    outdated: claim.outdated,
    note: claim.note,
    why: claim.why,
  }));
}

const NONE = '-';
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/** The readable form: a header, then each claim with its statuses, note and why it matched. */
export function formatReport(report: CheckReport, asOf: string): string {
  const lines = [
    report.title ?? '(untitled page)',
    `published ${report.publishedAt ?? 'unknown'} \u00b7 KB version ${report.kb.version} (${report.kb.entries} entries) \u00b7 status as of ${asOf}`,
    '',
  ];
  if (report.claims.length === 0) {
    lines.push('No claims about the KB\u2019s retirement-crypto items found.');
    return lines.join('\n');
  }
  lines.push(`${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}:`, '');
  lines.push(` #  ${'claimed'.padEnd(10)} ${'at publication'.padEnd(15)} ${'now'.padEnd(10)} entry`);
  report.claims.forEach((claim, i) => {
    lines.push(
      `${String(i + 1).padStart(2)}  ${(claim.claimedStatus ?? NONE).padEnd(10)} ${(claim.statusAtPublication ?? NONE).padEnd(15)} ${(claim.currentStatus ?? NONE).padEnd(10)} ${claim.entryId}${claim.outdated ? '  OUTDATED' : ''}`,
      `    "${cut(claim.text, 110)}"`,
      `    ${claim.note}`,
      `    matched: ${claim.why.join(', ')}`,
      '',
    );
  });
  return lines.join('\n').trimEnd();
}
