import { describe, expect, it } from 'vitest';
import { buildPageReport, type PageReport } from '../../src/report/page-report';
import { escapeMarkdown, pageReportMarkdown } from '../../src/report/markdown-report';
import { entries, localClaim, reportedClaim } from './fixtures';

const build = (overrides: Partial<PageReport> = {}): PageReport => ({
  ...buildPageReport({
    page: { title: 'Trump readies an order', url: 'https://ledger.example/a', publishedAt: '2025-07-17' },
    checkedOn: '2026-11-27',
    kbVersion: 2026112701,
    claims: [reportedClaim, localClaim],
    entryById: (id) => entries.get(id),
  }),
  ...overrides,
});

describe('Markdown page report', () => {
  it('gives the page, its date, the KB version and one item per claim with status then and now and the source', () => {
    expect(pageReportMarkdown(build())).toBe(
      [
        '# Statusmark report: Trump readies an order',
        '',
        '- Page: <https://ledger.example/a>',
        '- Published: 2025-07-17',
        '- Checked: 2026-11-27 against Statusmark KB version 2026112701',
        '',
        '1. "Trump is preparing to sign an executive order." - Executive Order 14330: Reported at publication, Official now (since 2025-08-07), outdated.',
        '   Primary source: The White House, "The order", <https://www.whitehouse.gov/eo>',
        '2. "The bill was filed in January." - My state bill: Proposed at publication, Proposed now (since 2026-01-10), local: from your own notes.',
        '   Primary source: Legislature, "Bill 1", <https://legislature.example/b1>',
        '',
      ].join('\n'),
    );
  });

  it('says when the page states no date and when it has no claims', () => {
    const text = pageReportMarkdown(build({ publishedAt: null, claims: [] }));
    expect(text).toContain('- Published: not stated on the page');
    expect(text).toContain('No claims about retirement-crypto policy were found on this page.');
  });

  it('says "No status yet" for a claim published before the first event', () => {
    const [first] = build().claims;
    const early = { ...first!, statusAtPublication: null };
    expect(pageReportMarkdown(build({ claims: [early] }))).toContain(
      'No status yet at publication, Official now',
    );
  });

  it('escapes page text so it cannot become a link, emphasis or HTML', () => {
    const [first] = build().claims;
    const hostile = {
      ...first!,
      sentence: 'See [this](javascript:alert(1)) <img src=x onerror=alert(1)> **now**',
    };
    const line = pageReportMarkdown(build({ claims: [hostile] })).split('\n')[6];
    expect(line).toContain(
      'See \\[this\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\*now\\*\\*',
    );
  });

  it('keeps everyday punctuation readable', () => {
    expect(escapeMarkdown('401(k) plans: S&P 500 & more - 3%')).toBe('401(k) plans: S&P 500 & more - 3%');
    expect(escapeMarkdown('a &amp; b')).toBe('a \\&amp; b');
  });
});
