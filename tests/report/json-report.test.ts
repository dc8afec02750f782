import { describe, expect, it } from 'vitest';
import { buildPageReport } from '../../src/report/page-report';
import { pageReportJson } from '../../src/report/json-report';
import { entries, reportedClaim } from './fixtures';

describe('JSON page report', () => {
  it('is a versioned document with the page, the KB version and the claims', () => {
    const report = buildPageReport({
      page: { title: 'T', url: 'https://ledger.example/a', publishedAt: null },
      checkedOn: '2026-11-27',
      kbVersion: null,
      claims: [reportedClaim],
      entryById: (id) => entries.get(id),
    });
    const parsed: unknown = JSON.parse(pageReportJson(report));
    expect(parsed).toEqual({
      format: 'statusmark-page-report',
      formatVersion: 1,
      page: { title: 'T', url: 'https://ledger.example/a', publishedAt: null },
      checkedOn: '2026-11-27',
      kbVersion: null,
      claims: report.claims,
    });
  });
});
