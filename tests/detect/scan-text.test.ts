import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { HitBuffer, scanText } from '../../src/detect/scan-text';
import { makeEntry } from './make-entry';

const matcher = loadMatcher(
  prepareMatcher([
    makeEntry({
      id: 'us-eo-test',
      detect: {
        names: [
          'EO 14330',
          'E.O. 14330',
          'Financial Freedom Act',
          'H.R. 1177',
          'Compliance Assistance Release 2022-01',
        ],
        rules: [{ all: [['@order'], ['@retirement'], ['@crypto']] }],
        prefer: ['Labor Department'],
      },
    }),
  ]),
);

/** The page text of every term found in `text`. */
function found(text: string): string[] {
  const hits = new HitBuffer();
  scanText(matcher.automaton, text, hits);
  const out: string[] = [];
  for (let i = 0; i < hits.length; i += 3) out.push(text.slice(hits.data[i + 1], hits.data[i + 2]));
  return out;
}

describe('scanning text for KB terms', () => {
  it('finds a term whatever its case', () => {
    // "Act" alone is also a term: the shared @bill word set has it.
    expect(found('the FINANCIAL freedom ACT passed')).toEqual(['FINANCIAL freedom ACT', 'ACT']);
  });

  it('matches whole words only', () => {
    expect(found('Miranda ordered a cryptographic bordering')).toEqual([]);
    expect(found('a crypto order')).toEqual(['crypto', 'order']);
  });

  it('allows plural and possessive endings, straight or curly', () => {
    expect(found('401(k)s, IRAs and the Labor Department’s view')).toEqual([
      '401(k)s',
      'IRAs',
      'Labor Department’s',
    ]);
    expect(found("the order's bitcoins")).toEqual(["order's", 'bitcoins']);
    expect(found('cryptocurrencies')).toEqual(['cryptocurrencies']);
  });

  it('reads 401(k), 401k and 401 (k) as the same term', () => {
    expect(found('401(k) 401k 401 (k)')).toEqual(['401(k)', '401k', '401 (k)']);
  });

  it('folds NBSP, other spaces, soft hyphens, dashes and accents', () => {
    expect(found('Financial\u00a0Freedom\u2009Act')[0]).toBe('Financial\u00a0Freedom\u2009Act');
    expect(found('Fi\u00adnancial Freedom Act')[0]).toBe('Fi\u00adnancial Freedom Act');
    expect(found('Compliance Assistance Release 2022\u201301')).toContain(
      'Compliance Assistance Release 2022\u201301',
    );
    expect(found('Cr\u00fdpto')).toEqual(['Cr\u00fdpto']);
  });

  it('reads identifiers with or without dots and spaces', () => {
    expect(found('EO 14330, E.O. 14330 and EO14330')).toEqual(['EO 14330', 'E.O. 14330', 'EO14330']);
    expect(found('HR 1177, H.R.1177 and HR1177')).toEqual(['HR 1177', 'H.R.1177', 'HR1177']);
  });

  it('does not join words across a domain-name dot or a decimal point', () => {
    expect(found('TrumpIRA.gov')).toEqual([]);
    expect(found('$8.9 trillion in bitcoin')).toEqual(['bitcoin']);
  });

  it('reports overlapping terms, the longer and the shorter', () => {
    expect(found('an executive order')).toEqual(['executive order', 'order']);
  });

  it('survives a round trip through JSON, as in a runtime message', () => {
    const viaMessage = loadMatcher(JSON.parse(JSON.stringify(prepareMatcher([]))));
    const hits = new HitBuffer();
    scanText(viaMessage.automaton, 'bitcoin in a 401(k)', hits);
    expect(hits.length / 3).toBe(2);
  });
});
