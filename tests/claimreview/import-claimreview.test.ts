import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/kb/entry-files';
import type { Entry } from '../../src/kb/schema';
import { claimReviewDocument } from '../../src/claimreview/export-claimreview';
import { readClaimReviews, readClaimReviewText } from '../../src/claimreview/import-claimreview';
import { factCheck } from './fact-check';

let shipped: Entry[];
beforeAll(async () => {
  shipped = (await readEntryFiles(join(import.meta.dirname, '../../src/kb/entries'))).entries;
});

const exported = (entries = shipped) =>
  JSON.stringify(
    claimReviewDocument(
      entries.map((entry) => ({ entry, origin: 'shipped' as const })),
      '2026-11-27',
    ),
  );

describe('ClaimReview import', () => {
  it('brings back every entry Statusmark exported, field for field', () => {
    const result = readClaimReviewText(exported());
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => i.entry)).toEqual(shipped);
    expect(result.items.every((i) => i.via === 'statusmark' && i.problems.length === 0)).toBe(true);
  });

  it('maps the schema.org fields alone when the Statusmark extension is missing, leaving kind, scope and confidence to the user', () => {
    const doc = JSON.parse(exported(shipped.filter((e) => e.id === 'us-eo-14330-alt-assets-401k'))) as {
      '@graph': Record<string, unknown>[];
    };
    delete doc['@graph'][0]!['statusmark:entry'];
    const [item] = readClaimReviews(doc).items;
    expect(item?.via).toBe('schema.org');
    expect(item?.entry).toBeNull();
    expect(item?.problems).toEqual([
      'kind: ClaimReview has no field for it; set it in the entry form',
      'scope: ClaimReview has no field for it; set it in the entry form',
      'confidence: ClaimReview has no field for it; set it in the entry form',
    ]);
    expect(item?.candidate).toMatchObject({
      id: 'us-eo-14330-alt-assets-401k',
      title: 'Executive Order 14330: Democratizing Access to Alternative Assets for 401(k) Investors',
      jurisdiction: { country: 'US' },
      events: [{ date: '2025-08-07', status: 'official' }],
      detect: { names: expect.arrayContaining(['EO 14330']) as unknown },
    });
    expect(item?.candidate.events?.[0]?.sources.length).toBeGreaterThan(2);
    expect(item?.unmapped).toEqual(['dateModified', 'reviewRating.name']);
  });

  it("imports a fact-checker's review whose rating is a Statusmark status, reporting what it could not use", () => {
    const [item] = readClaimReviews(
      factCheck({ rating: 'Reported', kind: 'bill', scope: 'retirement', confidence: 'confirmed' }),
    ).items;
    expect(item?.problems).toEqual([
      'kind: ClaimReview has no field for it; set it in the entry form',
      'scope: ClaimReview has no field for it; set it in the entry form',
      'confidence: ClaimReview has no field for it; set it in the entry form',
    ]);
    expect(item?.candidate.events?.[0]?.sources).toEqual([
      {
        url: 'https://factcheck.example/state-pension-bitcoin',
        title: 'Fact check: The state pension fund will buy bitcoin next month.',
        publisher: 'Example Fact Desk',
        primary: false,
      },
      {
        url: 'https://news.example/pension-story',
        title: 'Pension fund to buy bitcoin',
        publisher: 'Example News',
        primary: false,
      },
    ]);
    expect(item?.notes).toContain(
      'ClaimReview does not say which sources are primary: every source is marked not primary',
    );
    expect(item?.unmapped).toEqual([
      'reviewRating.ratingValue',
      'reviewRating.bestRating',
      'itemReviewed.author',
    ]);
  });

  it('refuses a rating that is not a Statusmark status instead of guessing one', () => {
    const [item] = readClaimReviews(factCheck({ rating: 'Mostly false' })).items;
    expect(item?.entry).toBeNull();
    expect(item?.problems).toContain(
      'reviewRating.alternateName: "Mostly false" is not a Statusmark status (proposed, reported, official, rescinded)',
    );
  });

  it('leaves out a javascript: appearance and says so', () => {
    const doc = factCheck({ rating: 'reported', appearanceUrl: 'javascript:alert(1)' });
    const [item] = readClaimReviews(doc).items;
    expect(item?.problems).toContain(
      'itemReviewed.appearance[0].url: "javascript:alert(1)" is not an https URL; left out',
    );
    expect(item?.candidate.events?.[0]?.sources.map((s) => s.url)).toEqual([
      'https://factcheck.example/state-pension-bitcoin',
    ]);
  });

  it('refuses an exported entry whose rating disagrees with its own timeline', () => {
    const doc = JSON.parse(exported(shipped.filter((e) => e.id === 'us-eo-14330-alt-assets-401k'))) as {
      '@graph': { reviewRating: { alternateName: string } }[];
    };
    doc['@graph'][0]!.reviewRating.alternateName = 'rescinded';
    const [item] = readClaimReviews(doc).items;
    expect(item?.entry).toBeNull();
    expect(item?.problems).toEqual([
      'reviewRating.alternateName: "rescinded" disagrees with the entry\'s timeline, which says "official" on 2025-08-07',
    ]);
  });

  it('names the path of every problem in an invalid embedded entry', () => {
    const bad = {
      ...shipped[0]!,
      events: [
        {
          ...shipped[0]!.events[0]!,
          sources: [{ url: 'javascript:x', title: 't', publisher: 'p', primary: true }],
        },
      ],
    };
    const doc = { '@context': 'https://schema.org', '@type': 'ClaimReview', 'statusmark:entry': bad };
    expect(readClaimReviews(doc).items[0]?.problems).toEqual([
      'statusmark:entry.events[0].sources[0].url: expected an https URL (http, javascript: and other schemes are not allowed)',
    ]);
  });

  it('stops at a file that is not JSON, has no schema.org context, no ClaimReview, or is too large', () => {
    expect(readClaimReviewText('{"@graph": [').problems[0]).toMatch(/^not valid JSON at the end of the file/);
    expect(readClaimReviewText('{"@type": "ClaimReview"}').problems).toEqual([
      '(root).@context: expected the schema.org context ("https://schema.org")',
    ]);
    expect(readClaimReviewText('{"@context": "https://schema.org", "@type": "Organization"}')).toMatchObject({
      problems: ['(root): the file holds no ClaimReview'],
      ignored: ['(root): a Organization, not a ClaimReview'],
    });
    expect(readClaimReviewText(' '.repeat(10 * 1024 * 1024 + 1)).problems[0]).toMatch(
      /is at most 10 MB|at most 10 MB/,
    );
  });

  it('never throws on arbitrary JSON, and every problem names a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const doc =
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { '@context': 'https://schema.org', '@type': 'ClaimReview', ...value }
            : value;
        const result = readClaimReviews(doc);
        for (const problem of [...result.problems, ...result.items.flatMap((i) => i.problems)]) {
          expect(problem).toMatch(/^[^:]+: /);
        }
      }),
      { numRuns: 300 },
    );
  });
});
