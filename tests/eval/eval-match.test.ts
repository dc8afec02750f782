import { describe, expect, it } from 'vitest';
import type { PageLabels } from '../../scripts/lib/corpus-labels';
import { matchPage, sentenceOverlap, type Detection } from '../../scripts/lib/eval-match';

const ORDER = 'us-eo-14330-alt-assets-401k';
const RELEASE = 'us-dol-car-2022-01';
const signed =
  'President Trump on Thursday signed the executive order on alternative assets in 401(k) plans.';

const labels: PageLabels = {
  publishedAt: '2025-08-07',
  claims: [
    { sentence: signed, entryId: ORDER, claimedStatus: 'official' },
    { sentence: 'The order also tells the SEC to act.', entryId: ORDER, claimedStatus: 'official' },
    {
      sentence: 'The Labor Department’s 2022 release was withdrawn in May.',
      entryId: RELEASE,
      claimedStatus: 'rescinded',
    },
  ],
  negatives: ['Bitcoin rose 2% on the day.'],
  hiddenNegatives: ['Trump signs order putting bitcoin in every 401(k).'],
};

const detect = (
  sentence: string,
  entryId = ORDER,
  claimedStatus: Detection['claimedStatus'] = 'official',
): Detection => ({
  sentence,
  entryId,
  claimedStatus,
});

describe('sentence overlap', () => {
  it('treats curly and straight quotes, spacing and case as the same sentence', () => {
    expect(sentenceOverlap('The “order”\u00a0is  signed.', 'the "order" is signed.')).toBe(1);
  });

  it('accepts a slightly shorter or longer segmentation of the same sentence', () => {
    expect(sentenceOverlap(signed, `Key point: ${signed}`)).toBeGreaterThan(0.8);
  });

  it('rejects a fragment that is less than half of the labelled sentence', () => {
    expect(sentenceOverlap(signed, 'executive order')).toBe(0);
  });
});

describe('matching detections to labels', () => {
  it('counts a detection of the labelled sentence and entry as a hit, whatever its status', () => {
    const match = matchPage(labels, [detect(signed, ORDER, 'reported')]);
    expect(match.hits).toHaveLength(1);
    expect(match.hits[0]?.detection.claimedStatus).toBe('reported');
    expect(match.misses.map((m) => m.label.sentence)).toHaveLength(2);
  });

  it('calls the right sentence with the wrong entry a false positive and the label a miss', () => {
    const match = matchPage(labels, [detect(labels.claims[2]!.sentence, ORDER)]);
    expect(match.falsePositives).toEqual([
      { detection: detect(labels.claims[2]!.sentence, ORDER), kind: 'wrong-entry' },
    ]);
    expect(match.misses.find((m) => m.label.entryId === RELEASE)?.got).toHaveLength(1);
  });

  it('says whether a false positive hit a labelled negative, a hidden trap or unlabelled text', () => {
    const match = matchPage(labels, [
      detect('Bitcoin rose 2% on the day.'),
      detect('Trump signs order putting bitcoin in every 401(k).'),
      detect('Markets closed early.'),
    ]);
    expect(match.falsePositives.map((f) => f.kind)).toEqual(['negative', 'hidden', 'unlabelled']);
  });

  it('counts a second detection of an already matched label as a duplicate, not a hit or an error', () => {
    const match = matchPage(labels, [detect(signed), detect(`${signed} `)]);
    expect(match.hits).toHaveLength(1);
    expect(match.duplicates).toHaveLength(1);
    expect(match.falsePositives).toEqual([]);
  });

  it('matches a sentence labelled twice on a page (a pull quote) once per occurrence', () => {
    const repeated: PageLabels = { ...labels, claims: [labels.claims[0]!, labels.claims[0]!] };
    const match = matchPage(repeated, [detect(signed), detect(signed)]);
    expect(match.hits).toHaveLength(2);
    expect(match.misses).toEqual([]);
  });
});
