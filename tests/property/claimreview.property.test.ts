import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_TERM } from '../../src/claimreview/claimreview-format';
import { claimReviewDocument } from '../../src/claimreview/export-claimreview';
import { readClaimReviews, readClaimReviewText } from '../../src/claimreview/import-claimreview';
import { entrySchema } from '../../src/kb/schema';
import { factCheck } from '../claimreview/fact-check';
import { mutatedDocument, namesPlace, prototypeIsClean, type JsonPath } from './json-mutations';
import { entrySample } from './shipped-entries';

/** A whole-KB export (Statusmark's own ClaimReviews, each carrying its entry) and a fact-checker's review. */
const STATUSMARK_EXPORT = JSON.parse(
  JSON.stringify(
    claimReviewDocument(
      entrySample(3).map((entry) => ({ entry, origin: 'shipped' as const })),
      '2026-03-01',
    ),
  ),
) as unknown;
const FACT_CHECK = factCheck({ rating: 'Official' });

/** The review node a path lies in, as readClaimReviews names it (`@graph[1]`, `[0]`, `(root)`), and the path inside it. */
function inNode(path: JsonPath): { node: string; inside: JsonPath } {
  if (path[0] === '@graph' && typeof path[1] === 'number')
    return { node: `@graph[${path[1]}]`, inside: path.slice(2) };
  return { node: '(root)', inside: path };
}

describe('ClaimReview import under hostile input', () => {
  it('a mutated Statusmark export is read with every new problem naming its place', () => {
    const clean = readClaimReviews(STATUSMARK_EXPORT);
    expect(clean.problems).toEqual([]);
    expect(clean.items.every((item) => item.problems.length === 0)).toBe(true);
    let flagged = 0;
    fc.assert(
      fc.property(mutatedDocument([STATUSMARK_EXPORT]), ({ doc, mutation }) => {
        const result = readClaimReviews(doc);
        expect(prototypeIsClean()).toBe(true);
        for (const item of result.items) {
          // What the import would add is always a valid entry.
          if (item.entry) expect(entrySchema.safeParse(item.entry).success).toBe(true);
        }
        if (result.problems.length > 0) {
          flagged++;
          for (const line of result.problems) expect(line).toMatch(/^\(root\)/);
          return;
        }
        const { node, inside } = inNode(mutation.path);
        const item = result.items.find((i) => i.path === node);
        if (!item || item.problems.length === 0) return;
        flagged++;
        // Without its Statusmark entry a review is read as a fact-checker's: the problems
        // then name the entry fields ClaimReview cannot fill.
        if (mutation.kind === 'drop' && inside.length === 1 && inside[0] === ENTRY_TERM) return;
        expect(
          namesPlace(item.problems, { ...mutation, path: inside }),
          `${node}: ${item.problems.join(' | ')}`,
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(flagged).toBeGreaterThan(60);
  });

  it("a mutated fact-checker's review never throws and never yields an invalid entry", () => {
    fc.assert(
      fc.property(mutatedDocument([FACT_CHECK, [FACT_CHECK, FACT_CHECK]]), ({ doc }) => {
        const result = readClaimReviews(doc);
        expect(prototypeIsClean()).toBe(true);
        for (const item of result.items) {
          if (item.entry) expect(entrySchema.safeParse(item.entry).success).toBe(true);
          for (const line of item.problems) expect(line).toMatch(/^(\(root\)|[^:]+(:[^ ][^:]*)?): \S/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any file text gives problems or items, never an exception', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{"@graph":', '['.repeat(100_000), '{"@context":"https://schema.org","__proto__":{}}'),
    );
    fc.assert(
      fc.property(text, (content) => {
        const result = readClaimReviewText(content);
        expect(prototypeIsClean()).toBe(true);
        expect(result.problems.length + result.items.length + result.ignored.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('a file with a million appearances is refused with a short list of problems', () => {
    const review = { ...FACT_CHECK, itemReviewed: { '@type': 'Claim', appearance: [] } };
    const text = JSON.stringify(review).replace('"appearance":[]', `"appearance":[${'0,'.repeat(999_999)}0]`);
    const result = readClaimReviewText(text);
    expect(result.items).toEqual([]);
    expect(result.problems).toEqual([
      'itemReviewed.appearance: a list of 1000000 items; the file holds more than 200000 values, far more than any export',
    ]);
  });
});
