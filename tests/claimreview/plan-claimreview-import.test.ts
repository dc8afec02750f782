import { describe, expect, it } from 'vitest';
import type { ClaimReviewItem } from '../../src/claimreview/import-claimreview';
import { planClaimReviewImport } from '../../src/claimreview/plan-claimreview-import';
import { order, ownBill } from '../report/fixtures';

const item = (entry: ClaimReviewItem['entry']): ClaimReviewItem => ({
  path: '@graph[0]',
  label: entry?.title ?? 'x',
  via: 'statusmark',
  entry,
  candidate: entry ?? {},
  problems: entry ? [] : ['kind: missing'],
  notes: [],
  unmapped: [],
});

describe('planning a ClaimReview import', () => {
  it('adds new entries, skips ones already there, and never overwrites a different entry with the same id', () => {
    const changed = { ...order, summary: 'A colleague changed this.' };
    const plan = planClaimReviewImport(
      [item(ownBill), item(order), item(changed), item(null)],
      [{ entry: order, origin: 'shipped' }],
    );
    expect(plan.map((d) => d.action)).toEqual(['add', 'same', 'rename', 'invalid']);
    expect(plan[1]).toMatchObject({ id: order.id, origin: 'shipped' });
    expect(plan[2]).toMatchObject({
      from: order.id,
      entry: { id: `${order.id}-2`, summary: 'A colleague changed this.' },
    });
  });

  it('gives two different entries with one taken id two different new ids', () => {
    const a = { ...order, summary: 'A' };
    const b = { ...order, summary: 'B' };
    const plan = planClaimReviewImport([item(a), item(b)], [{ entry: order, origin: 'local' }]);
    expect(plan.map((d) => (d.action === 'rename' ? d.entry.id : d.action))).toEqual([
      `${order.id}-2`,
      `${order.id}-3`,
    ]);
  });
});
