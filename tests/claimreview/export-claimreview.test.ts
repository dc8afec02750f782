import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/kb/entry-files';
import type { Entry } from '../../src/kb/schema';
import { currentStatus } from '../../src/kb/status';
import { claimReviewDocument, claimReviewFor } from '../../src/claimreview/export-claimreview';

const TODAY = '2026-11-27';
let shipped: Entry[];

beforeAll(async () => {
  shipped = (await readEntryFiles(join(import.meta.dirname, '../../src/kb/entries'))).entries;
});

const order = () => shipped.find((e) => e.id === 'us-eo-14330-alt-assets-401k')!;

describe('ClaimReview export', () => {
  it('writes one ClaimReview per entry of the whole KB in a schema.org JSON-LD graph', () => {
    const own = { ...order(), id: 'my-own-entry', title: 'My own entry' };
    const doc = claimReviewDocument(
      [...shipped.map((entry) => ({ entry, origin: 'shipped' as const })), { entry: own, origin: 'local' }],
      TODAY,
    );
    expect(doc['@context'][0]).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(shipped.length + 1);
    expect(doc['@graph'].map((r) => r.identifier)).toEqual([...shipped.map((e) => e.id), 'my-own-entry']);
    expect(doc['@graph'].at(-1)?.author.name).toBe('Statusmark user (own entry)');
  });

  it('has claimReviewed, the status as reviewRating.alternateName, datePublished and the sources as appearances', () => {
    for (const entry of shipped) {
      const review = claimReviewFor({ entry, origin: 'shipped' }, TODAY);
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(entry.title);
      expect(review.reviewRating['@type']).toBe('Rating');
      expect(review.reviewRating.alternateName).toBe(currentStatus(entry, TODAY) ?? entry.events[0]!.status);
      expect(review.datePublished).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(review.itemReviewed['@type']).toBe('Claim');
      const urls = new Set(entry.events.flatMap((e) => e.sources.map((s) => s.url)));
      expect(review.itemReviewed.appearance.map((a) => a.url).sort()).toEqual([...urls].sort());
      for (const appearance of review.itemReviewed.appearance) {
        expect(appearance['@type']).toBe('CreativeWork');
        expect(appearance.url).toMatch(/^https:\/\//);
        expect(appearance.publisher.name.length).toBeGreaterThan(0);
      }
    }
  });

  it('dates the review by the event that set the status now', () => {
    const review = claimReviewFor({ entry: order(), origin: 'shipped' }, TODAY);
    expect(review.reviewRating).toMatchObject({
      alternateName: 'official',
      name: 'Official since 2025-08-07',
    });
    expect(review.datePublished).toBe('2025-08-07');
    expect(
      claimReviewFor({ entry: order(), origin: 'shipped' }, '2025-07-20').reviewRating.alternateName,
    ).toBe('reported');
  });

  it('gives the detection names as the claim alternateName and the country as its place', () => {
    const review = claimReviewFor({ entry: order(), origin: 'shipped' }, TODAY);
    expect(review.itemReviewed.alternateName).toEqual(order().detect.names);
    expect(review.itemReviewed.spatialCoverage.address.addressCountry).toBe('US');
  });
});
