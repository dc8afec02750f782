import { describe, expect, it } from 'vitest';
import type { CorpusEntryId } from '../../scripts/lib/corpus-entry-ids';
import type { ClaimLabel } from '../../scripts/lib/corpus-labels';
import type { PageMatch } from '../../scripts/lib/eval-match';
import { rates, tally } from '../../scripts/lib/eval-score';
import { targetFailures } from '../../scripts/lib/eval-summary';

const ORDER: CorpusEntryId = 'us-eo-14330-alt-assets-401k';
const BILL: CorpusEntryId = 'us-nc-h92';
const label = (entryId: CorpusEntryId, claimedStatus: ClaimLabel['claimedStatus']): ClaimLabel => ({
  sentence: `${entryId} sentence`,
  entryId,
  claimedStatus,
});

const page: PageMatch = {
  hits: [
    {
      label: label(ORDER, 'official'),
      detection: { sentence: 's', entryId: ORDER, claimedStatus: 'official' },
    },
    { label: label(ORDER, null), detection: { sentence: 's', entryId: ORDER, claimedStatus: 'official' } },
    {
      label: label(BILL, 'proposed'),
      detection: { sentence: 's', entryId: BILL, claimedStatus: 'proposed' },
    },
  ],
  misses: [{ label: label(BILL, 'proposed'), got: [] }],
  falsePositives: [{ detection: { sentence: 'x', entryId: ORDER, claimedStatus: null }, kind: 'negative' }],
  duplicates: [],
};

describe('scores', () => {
  it('computes precision, recall and status accuracy over correct detections', () => {
    const { overall } = tally([page]);
    expect(rates(overall)).toEqual({ precision: 3 / 4, recall: 3 / 4, statusAccuracy: 2 / 3 });
  });

  it('charges a false positive to the entry it named and a miss to the labelled entry', () => {
    const { byEntry } = tally([page]);
    expect(byEntry.get(ORDER)).toEqual({ hits: 2, falsePositives: 1, misses: 0, statusRight: 1 });
    expect(byEntry.get(BILL)).toEqual({ hits: 1, falsePositives: 0, misses: 1, statusRight: 1 });
  });

  it('has no rate where there is nothing to divide by', () => {
    expect(rates({ hits: 0, falsePositives: 0, misses: 0, statusRight: 0 })).toEqual({
      precision: null,
      recall: null,
      statusAccuracy: null,
    });
  });

  it('names each missed target and passes when all are met', () => {
    expect(targetFailures({ precision: 0.99, recall: 0.9, statusAccuracy: null })).toEqual([
      'recall 0.900 < 0.92',
      'statusAccuracy n/a < 0.88',
    ]);
    expect(targetFailures({ precision: 0.97, recall: 0.92, statusAccuracy: 0.88 })).toEqual([]);
  });
});
