import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/kb/entry-files';
import type { Entry, Status } from '../../src/kb/schema';
import { statusAt } from '../../src/kb/status';

/**
 * A specification of the shipped KB content against ../shared/kb-facts.md
 * (sections 2 and 12; section 12 overrides earlier sections), as of 2026-11-27.
 */
const ENTRIES_DIR = join(import.meta.dirname, '../../src/kb/entries');
const FACTS_DATE = '2026-11-27';

/** Every id of kb-facts.md sections 2, 8, 9 and 12 that ships, with its status on FACTS_DATE. */
const STATUS_NOW: Record<string, Status> = {
  'us-dol-ao-2025-04a': 'official',
  'us-scotus-anderson-v-intel': 'proposed',
  'us-wv-sb143-2026': 'proposed',
  'us-eo-14330-alt-assets-401k': 'official',
  'us-dol-nprm-dia-selection-2026': 'proposed',
  'us-dol-car-2022-01': 'rescinded',
  'us-dol-car-2025-01': 'official',
  'us-dol-2020-pe-info-letter': 'official',
  'us-dol-2021-pe-supplemental-statement': 'rescinded',
  'us-sec-adi-2025-16': 'official',
  'us-fidelity-digital-assets-account-401k': 'official',
  'us-fidelity-crypto-ira-2025': 'official',
  'us-forusall-v-dol': 'official',
  'us-financial-freedom-act': 'proposed',
  'us-retirement-savings-modernization-act-2022': 'proposed',
  'us-retirement-investment-choice-act': 'proposed',
  'us-nc-h92': 'proposed',
  'us-nc-h506-s709': 'proposed',
  'us-nc-s327': 'proposed',
  'us-wi-swib-btc-etf': 'rescinded',
  'us-mi-smrs-crypto-etf': 'official',
  'us-mi-hb4087': 'proposed',
  'us-fl-hb487-sb550-2025': 'proposed',
  'us-fl-hb183-2026': 'proposed',
  'us-az-sb1025': 'proposed',
  'us-az-sb1373': 'proposed',
  'us-az-hb2749': 'official',
  'us-az-hb2324': 'proposed',
  'us-ok-hb1203': 'proposed',
  'us-nh-hb302': 'official',
  'us-tx-sb21': 'official',
  'us-tx-hfrrf-2021': 'official',
  'us-nj-jersey-city-ers-2024': 'reported',
  'jp-gpif-rfi-2024': 'proposed',
  'uk-cartwright-db-scheme-3pct-btc': 'reported',
  'au-amp-super-btc-2024': 'official',
  'kr-nps-indirect-crypto-equities': 'official',
  'no-nbim-gpfg-indirect-btc': 'reported',
  'ca-cdpq-celsius': 'rescinded',
  'ca-otpp-ftx': 'rescinded',
  'us-eo-14233-strategic-bitcoin-reserve': 'official',
  'us-eo-14331-fair-banking': 'official',
  'us-eo-14403-trumpira': 'official',
  'stat-us-401k-assets': 'official',
  'us-in-hea-1042-2026': 'official',
  'us-ok-sb1985-2026': 'proposed',
};

/**
 * Section-12 items the facts cannot yet support: an entry needs at least one dated,
 * sourced event, and the KB never invents a date or a URL. They ship once the facts
 * file gives what is missing (then move them to STATUS_NOW).
 */

/** Not retirement-crypto policy but conflated with it: reserve laws and bills, other orders. */
const ADJACENT = [
  'us-mi-hb4087',
  'us-az-sb1373',
  'us-az-hb2749',
  'us-az-hb2324',
  'us-nh-hb302',
  'us-tx-sb21',
  'us-eo-14233-strategic-bitcoin-reserve',
  'us-eo-14331-fair-banking',
  'us-eo-14403-trumpira',
  'us-dol-ao-2025-04a',
  'us-scotus-anderson-v-intel',
];

let entries: Entry[];
const byId = (id: string): Entry => {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no shipped entry "${id}"`);
  return entry;
};

beforeAll(async () => {
  const result = await readEntryFiles(ENTRIES_DIR);
  expect(result.problems).toEqual([]);
  entries = result.entries;
});

describe('shipped KB entries', () => {
  it('ships at least 35 valid entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(35);
  });

  it('ships every id of the facts, and only those', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(Object.keys(STATUS_NOW).sort());
  });

  it.each(Object.entries(STATUS_NOW))(
    'gives %s the status the facts give on 2026-11-27 (%s)',
    (id, status) => {
      expect(statusAt(byId(id), FACTS_DATE)).toBe(status);
    },
  );

  it('sources every event, with https URLs only', () => {
    for (const entry of entries) {
      for (const event of entry.events) {
        expect(event.sources.length, `${entry.id} ${event.date}`).toBeGreaterThan(0);
      }
      const sources = [...entry.events.flatMap((e) => e.sources), ...(entry.outcome?.sources ?? [])];
      for (const { url } of sources) expect(new URL(url).protocol, `${entry.id}: ${url}`).toBe('https:');
    }
  });

  it('marks as adjacent exactly the items conflated with retirement-crypto policy', () => {
    expect(entries.filter((e) => e.scope === 'adjacent').map((e) => e.id)).toEqual(
      expect.arrayContaining(ADJACENT),
    );
    expect(entries.filter((e) => e.scope === 'adjacent')).toHaveLength(ADJACENT.length);
  });

  it('keeps failed bills proposed: an entry with an outcome is never rescinded', () => {
    for (const entry of entries.filter((e) => e.outcome)) {
      expect(
        entry.events.map((e) => e.status),
        entry.id,
      ).not.toContain('rescinded');
    }
  });

  it('is plain ASCII, because the entries are bundled into extension scripts', async () => {
    for (const entry of entries) {
      const text = await readFile(join(ENTRIES_DIR, `${entry.id}.json`), 'utf8');
      expect(/^[\x20-\x7e\n]*$/.test(text), entry.id).toBe(true);
    }
  });
});

describe('key dated facts', () => {
  it('EO 14330 was reported on 2025-07-20 and official from its signing on 2025-08-07', () => {
    const order = byId('us-eo-14330-alt-assets-401k');
    expect(statusAt(order, '2025-07-16')).toBeNull();
    expect(statusAt(order, '2025-07-20')).toBe('reported');
    expect(statusAt(order, '2025-08-06')).toBe('reported');
    expect(statusAt(order, '2025-08-07')).toBe('official');
    expect(statusAt(order, '2025-08-08')).toBe('official');
  });

  it('CAR 2022-01 was official from 2022-03-10 and rescinded on 2025-05-28 by CAR 2025-01', () => {
    const warning = byId('us-dol-car-2022-01');
    expect(statusAt(warning, '2022-03-09')).toBeNull();
    expect(statusAt(warning, '2022-03-10')).toBe('official');
    expect(statusAt(warning, '2025-05-27')).toBe('official');
    expect(statusAt(warning, '2025-05-28')).toBe('rescinded');
    expect(statusAt(byId('us-dol-car-2025-01'), '2025-05-28')).toBe('official');
  });

  it('AZ SB 1025 stays proposed after its veto on 2025-05-02', () => {
    const bill = byId('us-az-sb1025');
    expect(bill.outcome).toMatchObject({ kind: 'vetoed', date: '2025-05-02' });
    expect(statusAt(bill, '2025-05-03')).toBe('proposed');
  });

  it('NC H506/S709 stays proposed: enacted on 2025-06-13 without the digital-asset authority', () => {
    const bills = byId('us-nc-h506-s709');
    expect(bills.outcome).toMatchObject({ kind: 'enacted-without-provision', date: '2025-06-13' });
    expect(bills.events[0]).toMatchObject({ date: '2025-03-24', status: 'proposed' });
    expect(statusAt(bills, '2025-06-14')).toBe('proposed');
  });

  it('NC H92 passed only the House (71-44 on 2025-04-30)', () => {
    const bill = byId('us-nc-h92');
    expect(bill.events.at(-1)).toMatchObject({ date: '2025-04-30', status: 'proposed' });
    expect(bill.events.at(-1)?.summary).toContain('71-44');
  });

  it('records the other failed bills as outcomes, with dates only where confirmed', () => {
    expect(byId('us-fl-hb487-sb550-2025').outcome).toMatchObject({ kind: 'withdrawn', date: '2025-05-03' });
    expect(byId('us-az-hb2324').outcome).toMatchObject({ kind: 'vetoed', date: '2025-07-01' });
    expect(byId('us-az-sb1373').outcome?.kind).toBe('vetoed');
    expect(byId('us-az-sb1373').outcome?.date).toBeUndefined();
    expect(byId('us-ok-hb1203').outcome).toMatchObject({ kind: 'failed-vote', date: '2025-04' });
    expect(byId('us-retirement-savings-modernization-act-2022').outcome).toMatchObject({
      kind: 'session-ended',
      date: '2023-01-03',
    });
  });

  it('dates the other core events as the second check confirmed them', () => {
    expect(statusAt(byId('us-dol-2021-pe-supplemental-statement'), '2025-08-12')).toBe('rescinded');
    expect(statusAt(byId('us-dol-nprm-dia-selection-2026'), '2026-03-31')).toBe('proposed');
    expect(statusAt(byId('us-forusall-v-dol'), '2023-08-29')).toBe('official');
    expect(statusAt(byId('us-sec-adi-2025-16'), '2025-08-15')).toBe('official');
    expect(statusAt(byId('us-wi-swib-btc-etf'), '2025-05-15')).toBe('rescinded');
    expect(statusAt(byId('jp-gpif-rfi-2024'), '2024-03-19')).toBe('proposed');
    expect(statusAt(byId('uk-cartwright-db-scheme-3pct-btc'), '2024-11-04')).toBe('reported');
    expect(statusAt(byId('us-tx-hfrrf-2021'), '2021-10-21')).toBe('official');
    expect(statusAt(byId('ca-otpp-ftx'), '2022-11-17')).toBe('rescinded');
    expect(statusAt(byId('ca-cdpq-celsius'), '2022-08-17')).toBe('rescinded');
    expect(statusAt(byId('us-retirement-investment-choice-act'), '2025-10-14')).toBe('proposed');
    expect(byId('us-fidelity-digital-assets-account-401k').events[0]?.date).toBe('2022-04-26');
  });
});
