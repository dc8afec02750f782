import { describe, expect, it } from 'vitest';
import { ADJACENT_ENTRY_IDS, CORPUS_ENTRY_IDS } from '../../scripts/lib/corpus-entry-ids';
import { parsePageLabels } from '../../scripts/lib/corpus-labels';
import { CORPUS_PARTS, loadCorpus } from '../../scripts/lib/corpus-pages';
import { foldSentence } from '../../scripts/lib/corpus-text';
import { visibleTextBlocks } from '../../scripts/lib/corpus-visible-text';

// Checks the labelled corpus against its own pages. Deliberately independent of
// src/detect and src/extract: it must stay green whatever the detector does.

const pages = loadCorpus();

function visibility(html: string): (sentence: string) => boolean {
  const blocks = visibleTextBlocks(html).map(foldSentence);
  return (sentence) => {
    const folded = foldSentence(sentence);
    return blocks.some((block) => block.includes(folded));
  };
}

describe('the evaluation corpus', () => {
  it('has pages in both parts, about 70% of them in dev', () => {
    const dev = pages.filter((page) => page.part === 'dev').length;
    const holdout = pages.filter((page) => page.part === 'holdout').length;
    expect(holdout).toBeGreaterThan(0);
    expect(dev / (dev + holdout)).toBeGreaterThan(0.6);
    expect(dev / (dev + holdout)).toBeLessThan(0.8);
  });

  it('labels at least 100 visible hard negatives in total', () => {
    const negatives = pages.reduce((sum, page) => sum + page.labels.negatives.length, 0);
    expect(negatives).toBeGreaterThanOrEqual(100);
  });

  it.each(CORPUS_PARTS)('covers every KB entry with at least one claim in %s', (part) => {
    const claimed = new Set(
      pages.filter((page) => page.part === part).flatMap((page) => page.labels.claims.map((c) => c.entryId)),
    );
    expect(CORPUS_ENTRY_IDS.filter((id) => !claimed.has(id))).toEqual([]);
  });

  it('uses a vocabulary of 46 distinct entry ids, 11 of them adjacent', () => {
    expect(new Set(CORPUS_ENTRY_IDS).size).toBe(46);
    expect(ADJACENT_ENTRY_IDS).toHaveLength(11);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  const isVisible = visibility(page.html);

  it('labels only sentences a reader can see', () => {
    const labelled = [...page.labels.claims.map((claim) => claim.sentence), ...page.labels.negatives];
    expect(labelled.filter((sentence) => !isVisible(sentence))).toEqual([]);
  });

  it('keeps hidden traps hidden: present in the file, absent from the visible text', () => {
    for (const trap of page.labels.hiddenNegatives) {
      expect(page.html).toContain(trap);
      expect(isVisible(trap), trap).toBe(false);
    }
  });

  it('never lists a sentence both as a claim and as a negative', () => {
    const claimed = new Set(page.labels.claims.map((claim) => foldSentence(claim.sentence)));
    expect(page.labels.negatives.filter((sentence) => claimed.has(foldSentence(sentence)))).toEqual([]);
  });

  it('gives each sentence at most one claim per entry', () => {
    const keys = page.labels.claims.map((claim) => `${claim.entryId} ${foldSentence(claim.sentence)}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('dates the page only with a date the page itself states', () => {
    const { publishedAt } = page.labels;
    if (publishedAt === null) {
      expect(page.html).not.toMatch(/article:published_time|datePublished/);
    } else {
      expect(page.html).toContain(publishedAt);
    }
  });
});

describe('the labels schema', () => {
  const valid = { publishedAt: '2025-08-07', claims: [], negatives: [] };

  it('accepts a minimal labels file and defaults hiddenNegatives to none', () => {
    expect(parsePageLabels(JSON.stringify(valid), 'x.labels.json').hiddenNegatives).toEqual([]);
  });

  it('rejects an entry id outside the vocabulary, naming the file and the id', () => {
    const labels = {
      ...valid,
      claims: [{ sentence: 'A.', entryId: 'us-eo-99999', claimedStatus: 'official' }],
    };
    expect(() => parsePageLabels(JSON.stringify(labels), 'bad.labels.json')).toThrow(
      /bad\.labels\.json[\s\S]*us-eo-99999/,
    );
  });

  it('rejects a status outside the four statuses and null', () => {
    const labels = {
      ...valid,
      claims: [{ sentence: 'A.', entryId: 'us-nc-h92', claimedStatus: 'vetoed' }],
    };
    expect(() => parsePageLabels(JSON.stringify(labels), 'x.labels.json')).toThrow(/claimedStatus/);
  });

  it('rejects an impossible publication date and unknown fields', () => {
    expect(() => parsePageLabels(JSON.stringify({ ...valid, publishedAt: '2025-02-30' }), 'x')).toThrow();
    expect(() => parsePageLabels(JSON.stringify({ ...valid, notes: 'x' }), 'x')).toThrow();
  });

  it('reports a file that is not JSON', () => {
    expect(() => parsePageLabels('{', 'broken.labels.json')).toThrow(/broken\.labels\.json: not valid JSON/);
  });
});
