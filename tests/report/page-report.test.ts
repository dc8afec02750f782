import { describe, expect, it } from 'vitest';
import { buildPageReport, reportFileName } from '../../src/report/page-report';
import { entries, localClaim, order, reportedClaim } from './fixtures';

const report = (
  claims = [reportedClaim, localClaim],
  publishedAt: string | null = '2025-07-17T21:35:00-04:00',
) =>
  buildPageReport({
    page: {
      title: ' Trump readies an order | The Ledger ',
      url: 'https://ledger.example/a?x=1',
      publishedAt,
    },
    checkedOn: '2026-11-27',
    kbVersion: 2026112701,
    claims,
    entryById: (id) => entries.get(id),
  });

describe('page report model', () => {
  it('keeps the claims in page order with status then and now, and the local mark', () => {
    const { claims } = report();
    expect(
      claims.map((c) => [c.entryId, c.statusAtPublication, c.currentStatus, c.outdated, c.local]),
    ).toEqual([
      [order.id, 'reported', 'official', true, false],
      ['us-xx-my-bill', 'proposed', 'proposed', false, true],
    ]);
  });

  it('cites the primary source of the event that set the status now', () => {
    expect(report().claims[0]?.source).toEqual({
      publisher: 'The White House',
      title: 'The order',
      url: 'https://www.whitehouse.gov/eo',
      primary: true,
    });
  });

  it('has no source when the entry is not in the KB any more', () => {
    const gone = { ...reportedClaim, entryId: 'no-such-entry' };
    expect(report([gone]).claims[0]?.source).toBeNull();
  });

  it('folds whitespace in sentences and trims the title', () => {
    const built = report();
    expect(built.claims[0]?.sentence).toBe('Trump is preparing to sign an executive order.');
    expect(built.title).toBe('Trump readies an order | The Ledger');
  });

  it('keeps the publication day only, and null when the page gives none or a non-date', () => {
    expect(report().publishedAt).toBe('2025-07-17');
    expect(report(undefined, null).publishedAt).toBeNull();
    expect(report(undefined, 'last Tuesday').publishedAt).toBeNull();
  });

  it('names files after the site and the day', () => {
    expect(reportFileName(report(), 'csv')).toBe('statusmark-report-ledger.example-2026-11-27.csv');
  });
});
