import { describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../../src/db/records';
import type { Entry } from '../../../src/kb/schema';
import { entriesInForce } from '../../../src/ui/shared/entries-in-force';
import {
  EMPTY_QUERY,
  foldText,
  jurisdictionOptions,
  paramsFromQuery,
  queryFromParams,
  runKbQuery,
  type KbQuery,
} from '../../../src/ui/options/kb-browser/kb-query';
import { order, ownBill } from '../../report/fixtures';

const floridaBill: Entry = {
  ...ownBill,
  id: 'us-fl-hb-487',
  title: 'Florida H.B. 487: crypto in state pension funds',
  summary: 'A Florida bill to let the state board invest in digital assets. It died in committee.',
  jurisdiction: { country: 'US', region: 'Florida' },
  kind: 'bill',
  scope: 'adjacent',
  detect: { names: ['HB 487', 'Florida Bitcoin Reserve Act'], rules: [], exclude: [], prefer: [] },
  events: [{ ...ownBill.events[0]!, date: '2025-02-10' }],
};
const japan: Entry = {
  ...order,
  id: 'jp-gpif-rfi',
  title: 'GPIF request for information on bitcoin',
  summary: 'Japan\u2019s pension fund asked about b\u00eftcoin.',
  jurisdiction: { country: 'JP' },
  kind: 'pension-fund-action',
  detect: { names: ['GPIF'], rules: [], exclude: [], prefer: [] },
  events: [{ ...order.events[0]!, date: '2024-03-19', status: 'official' }],
};

const stored: StoredEntry[] = [
  { entry: order, origin: 'shipped' },
  { entry: floridaBill, origin: 'shipped' },
  { entry: japan, origin: 'shipped' },
  { entry: ownBill, origin: 'local', updatedAt: '2026-01-10T00:00:00Z' },
];
const items = entriesInForce(stored, [], '2026-11-27');
const run = (query: Partial<KbQuery>) => runKbQuery(items, { ...EMPTY_QUERY, ...query });
const ids = (query: Partial<KbQuery>) => run(query).items.map((i) => i.entry.id);

describe('KB browser search', () => {
  it('finds entries by words of the title, the summary and the detection names (aliases)', () => {
    expect(ids({ text: 'state board' })).toEqual(['us-fl-hb-487']);
    expect(ids({ text: 'bitcoin reserve act' })).toEqual(['us-fl-hb-487']);
    expect(ids({ text: 'eo 14330', origin: 'shipped' })).toEqual([order.id]);
  });

  it('ignores case, accents and punctuation: "hb 487", "h.b. 487" and "bitcoin" all match', () => {
    expect(ids({ text: 'H.B. 487' })).toEqual(['us-fl-hb-487']);
    expect(ids({ text: 'bitcoin GPIF' })).toEqual(['jp-gpif-rfi']);
    expect(foldText('401(k) Cr\u00e9dit-Suisse')).toBe('401k credit suisse');
  });

  it('filters by status now, jurisdiction (country or region), kind, scope and own entries', () => {
    expect(ids({ status: 'proposed', sort: 'title' })).toEqual(['us-fl-hb-487', ownBill.id]);
    expect(ids({ jurisdiction: 'US/Florida' })).toEqual(['us-fl-hb-487']);
    expect(ids({ jurisdiction: 'US', sort: 'title' })).toEqual([order.id, 'us-fl-hb-487', ownBill.id]);
    expect(ids({ kind: 'pension-fund-action' })).toEqual(['jp-gpif-rfi']);
    expect(ids({ scope: 'adjacent' })).toEqual(['us-fl-hb-487']);
    expect(ids({ origin: 'local' })).toEqual([ownBill.id]);
  });

  it('sorts by last change, newest first, or by title', () => {
    expect(ids({})).toEqual([ownBill.id, order.id, 'us-fl-hb-487', 'jp-gpif-rfi']);
    expect(ids({ sort: 'title' })).toEqual([order.id, 'us-fl-hb-487', 'jp-gpif-rfi', ownBill.id]);
  });

  it('counts entries per status under the other filters, whatever status is chosen', () => {
    expect(run({ jurisdiction: 'US', status: 'official' })).toMatchObject({
      counts: { proposed: 2, reported: 0, official: 1, rescinded: 0, none: 0 },
      total: 3,
    });
  });

  it('keeps the query in the URL and reads back only values it knows', () => {
    const query: KbQuery = { ...EMPTY_QUERY, text: 'bitcoin', status: 'official', sort: 'title' };
    expect(queryFromParams(paramsFromQuery(query))).toEqual(query);
    expect(paramsFromQuery(EMPTY_QUERY).toString()).toBe('');
    expect(queryFromParams(new URLSearchParams('status=bogus&kind=spaceship')).status).toBe('');
  });

  it('offers each country and each of its regions as a jurisdiction filter', () => {
    expect(jurisdictionOptions(items).map((o) => o.value)).toEqual(['JP', 'US', 'US/Florida']);
  });
});
