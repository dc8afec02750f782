import type { PageReport } from './page-report';

/**
 * The page report as CSV (RFC 4180: quoted fields, CRLF rows), one row per claim with
 * the page's facts repeated, so each row stands alone in a spreadsheet.
 */

export const CSV_COLUMNS = [
  'page_title',
  'page_url',
  'published_at',
  'checked_on',
  'kb_version',
  'sentence',
  'entry_id',
  'entry_title',
  'status_at_publication',
  'status_now',
  'status_since',
  'outdated',
  'local',
  'source_publisher',
  'source_title',
  'source_url',
  'source_primary',
] as const;

/**
 * One CSV field. A cell that starts with =, +, -, @ or a control character is a
 * formula to spreadsheet apps; page text is untrusted, so such a cell gets a leading
 * apostrophe (OWASP's advice against CSV injection).
 */
export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function pageReportCsv(report: PageReport): string {
  const rows = report.claims.map((claim) => [
    report.title,
    report.url,
    report.publishedAt,
    report.checkedOn,
    report.kbVersion,
    claim.sentence,
    claim.entryId,
    claim.entryTitle,
    claim.statusAtPublication,
    claim.currentStatus,
    claim.currentSince,
    claim.outdated,
    claim.local,
    claim.source?.publisher ?? null,
    claim.source?.title ?? null,
    claim.source?.url ?? null,
    claim.source ? claim.source.primary : null,
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
