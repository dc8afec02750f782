import type { PageReport } from './page-report';

export const PAGE_REPORT_FORMAT = 'statusmark-page-report';
export const PAGE_REPORT_FORMAT_VERSION = 1;

/** The page report as a versioned JSON document, for tools. */
export function pageReportJson(report: PageReport): string {
  const document = {
    format: PAGE_REPORT_FORMAT,
    formatVersion: PAGE_REPORT_FORMAT_VERSION,
    page: { title: report.title, url: report.url, publishedAt: report.publishedAt },
    checkedOn: report.checkedOn,
    kbVersion: report.kbVersion,
    claims: report.claims,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
