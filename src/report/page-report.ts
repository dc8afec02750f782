import type { AssessedClaim } from '../detect/types';
import type { Entry, Source, Status } from '../kb/schema';
import { primarySource } from '../ui/popover/citation';

/**
 * A page's claims as a journalist reports them: what the page says, the status then
 * and now, and the source to cite. DOM-free, so the popup's Markdown, CSV and JSON
 * come from one model and are unit-tested in Node.
 */

/** What the report needs of a claim the content script found (an AssessedClaim, maybe local). */
export type ReportableClaim = Pick<
  AssessedClaim,
  | 'sentence'
  | 'entryId'
  | 'entryTitle'
  | 'statusAtPublication'
  | 'currentStatus'
  | 'currentSince'
  | 'outdated'
> & { local?: boolean };

export interface ReportSource {
  publisher: string;
  title: string;
  url: string;
  primary: boolean;
}

export interface ReportClaim {
  sentence: string;
  entryId: string;
  entryTitle: string;
  statusAtPublication: Status | null;
  currentStatus: Status | null;
  currentSince: string | null;
  outdated: boolean;
  /** The status comes from the reader's own entry or verified note. */
  local: boolean;
  /** The source to cite for the status now (the popover's rule), or null when the KB has none. */
  source: ReportSource | null;
}

export interface PageReport {
  title: string;
  url: string;
  /** The article's publication date as the page states it (YYYY-MM-DD), or null. */
  publishedAt: string | null;
  /** The day the statuses were checked (YYYY-MM-DD). */
  checkedOn: string;
  kbVersion: number | null;
  claims: ReportClaim[];
}

export interface PageReportInput {
  page: { title: string; url: string; publishedAt: string | null };
  checkedOn: string;
  kbVersion: number | null;
  claims: readonly ReportableClaim[];
  /** The entry behind a claim (own entries win, as in the badges), for its sources. */
  entryById(id: string): Entry | undefined;
}

function sourceOf(entry: Entry | undefined, status: Status | null, kbVersion: number): ReportSource | null {
  if (!entry || !status) return null;
  const found: Source | null = primarySource({ entry, kbVersion }, status);
  return found
    ? { publisher: found.publisher, title: found.title, url: found.url, primary: found.primary }
    : null;
}

/** The report model, claims in page order. */
export function buildPageReport(input: PageReportInput): PageReport {
  const publishedAt = input.page.publishedAt?.slice(0, 10) ?? null;
  return {
    title: input.page.title.trim(),
    url: input.page.url,
    publishedAt: publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? publishedAt : null,
    checkedOn: input.checkedOn,
    kbVersion: input.kbVersion,
    claims: input.claims.map((claim) => ({
      sentence: claim.sentence.replace(/\s+/g, ' ').trim(),
      entryId: claim.entryId,
      entryTitle: claim.entryTitle,
      statusAtPublication: claim.statusAtPublication,
      currentStatus: claim.currentStatus,
      currentSince: claim.currentSince,
      outdated: claim.outdated,
      local: claim.local === true,
      source: sourceOf(input.entryById(claim.entryId), claim.currentStatus, input.kbVersion ?? 0),
    })),
  };
}

/** "statusmark-report-<host>-<day>", safe as a file name. */
export function reportFileName(report: PageReport, extension: 'md' | 'csv' | 'json'): string {
  const host = URL.canParse(report.url) ? new URL(report.url).hostname : 'page';
  const safeHost = host.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 60) || 'page';
  return `statusmark-report-${safeHost}-${report.checkedOn}.${extension}`;
}
