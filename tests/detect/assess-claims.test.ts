import { describe, expect, it } from 'vitest';
import { assessClaims } from '../../src/detect/assess-claims';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { fixtureMatcher } from './kb-fixture';
import { events, makeEntry } from './make-entry';

const matcher = fixtureMatcher();
const assess = (text: string, publishedAt: string | null, today = '2026-11-27') =>
  assessClaims(matcher, detectClaims(matcher, [{ text, kind: 'paragraph' }]), { publishedAt, today });

describe('assessing claims against the KB', () => {
  it('marks a reported order as outdated once it is signed, with a dated note', () => {
    const [claim] = assess(
      'Trump may sign an executive order opening 401(k) plans to crypto.',
      '2025-07-17T21:35:00-04:00',
    );
    expect(claim).toMatchObject({
      entryId: 'eo-401k',
      entryTitle: 'Executive Order 14330 on alternative assets in 401(k) plans',
      claimedStatus: 'reported',
      statusAtPublication: 'reported',
      currentStatus: 'official',
      currentSince: '2025-08-07',
      outdated: true,
      note: 'Reported 2025-07-17 \u00b7 signed 2025-08-07',
    });
  });

  it('is not outdated when the article and the KB agree', () => {
    const [claim] = assess('Trump signed an executive order opening 401(k) plans to crypto.', '2025-09-01');
    expect(claim).toMatchObject({
      claimedStatus: 'official',
      statusAtPublication: 'official',
      outdated: false,
      note: 'Signed 2025-08-07',
    });
  });

  it('is outdated when the article was already behind the KB when published', () => {
    const [claim] = assess('Trump may sign an executive order opening 401(k) plans to crypto.', '2025-09-01');
    expect(claim).toMatchObject({
      claimedStatus: 'reported',
      statusAtPublication: 'official',
      outdated: true,
    });
  });

  it('uses the publisher\u2019s calendar day, not UTC, for the status at publication', () => {
    const [claim] = assess('Executive Order 14330 is discussed.', '2025-08-06T23:30:00-04:00');
    expect(claim?.statusAtPublication).toBe('reported');
  });

  it('has no status at publication without a publication date', () => {
    const [claim] = assess('The Labor Department rescinded its 2022 guidance on crypto.', null);
    expect(claim).toMatchObject({ statusAtPublication: null, currentStatus: 'rescinded', outdated: false });
    expect(claim?.note).toBe('Rescinded 2025-05-28');
  });

  it('reports the status as of the given day', () => {
    const [claim] = assess('Trump signed Executive Order 14330.', null, '2025-07-20');
    expect(claim).toMatchObject({ currentStatus: 'reported', currentSince: '2025-07-17', outdated: true });
  });

  it("adds a failed proposal's outcome to the note", () => {
    const vetoed = loadMatcher(
      prepareMatcher([
        makeEntry({
          id: 'az-sb1025',
          kind: 'bill',
          events: events(['2025-01-14', 'proposed']),
          outcome: { kind: 'vetoed', date: '2025-05-02', summary: 'Vetoed by the governor.' },
          detect: { names: ['SB 1025'] },
        }),
      ]),
    );
    const claims = detectClaims(vetoed, [{ text: 'Gov. Hobbs vetoed SB 1025.', kind: 'paragraph' }]);
    const [claim] = assessClaims(vetoed, claims, { publishedAt: '2025-05-07', today: '2026-11-27' });
    expect(claim).toMatchObject({ claimedStatus: 'proposed', currentStatus: 'proposed', outdated: false });
    expect(claim?.note).toBe('Introduced 2025-01-14 \u00b7 vetoed 2025-05-02');
  });

  it('drops claims about entries the matcher does not have', () => {
    const [claim] = detectClaims(matcher, [
      { text: 'Trump signed Executive Order 14330.', kind: 'paragraph' },
    ]);
    expect(
      assessClaims(matcher, [{ ...claim!, entryId: 'gone' }], { publishedAt: null, today: '2026-11-27' }),
    ).toEqual([]);
  });
});
