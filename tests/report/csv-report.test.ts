import { describe, expect, it } from 'vitest';
import { buildPageReport } from '../../src/report/page-report';
import { CSV_COLUMNS, csvField, pageReportCsv } from '../../src/report/csv-report';
import { entries, localClaim, reportedClaim } from './fixtures';
import { parseCsv } from './parse-csv';

const report = buildPageReport({
  page: { title: 'Order, "soon"', url: 'https://ledger.example/a', publishedAt: '2025-07-17' },
  checkedOn: '2026-11-27',
  kbVersion: 2026112701,
  claims: [reportedClaim, localClaim],
  entryById: (id) => entries.get(id),
});

describe('CSV page report', () => {
  it('has a header and one row per claim that parse back to the same values', () => {
    const rows = parseCsv(pageReportCsv(report));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      page_title: 'Order, "soon"',
      published_at: '2025-07-17',
      kb_version: '2026112701',
      sentence: 'Trump is preparing to sign an executive order.',
      status_at_publication: 'reported',
      status_now: 'official',
      status_since: '2025-08-07',
      outdated: 'true',
      local: 'false',
      source_url: 'https://www.whitehouse.gov/eo',
      source_primary: 'true',
    });
    expect(rows[2]![CSV_COLUMNS.indexOf('local')]).toBe('true');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("https://evil.example")')).toBe('"\'=HYPERLINK(""https://evil.example"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('401(k) plans')).toBe('401(k) plans');
  });

  it('writes null as an empty cell', () => {
    expect(csvField(null)).toBe('');
  });
});
