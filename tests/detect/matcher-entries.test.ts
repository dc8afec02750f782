import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryTable } from '../../src/detect/entry-table';
import { packEntries, type PackedEntries } from '../../src/detect/matcher-entries';
import { decodeEntryRules, encodeEntryRules, type EntryRules } from '../../src/detect/entry-rules';
import type { MatcherEntry } from '../../src/detect/types';
import { ENTRY_KINDS, OUTCOME_KINDS, STATUSES } from '../../src/kb/schema';

/** Every entry, decoded as the engine decodes them. */
const unpackEntries = (packed: PackedEntries): MatcherEntry[] => {
  const table = new EntryTable(packed);
  return Array.from({ length: table.length }, (_, i) => table.at(i)!);
};

/** Any date the KB schema allows, often near the edges of the compact forms (1970, 2077, 2097). */
const anyEventDate = fc.oneof(
  fc.constantFrom(
    '2019',
    '1969-12',
    '1970-01',
    '2077-12',
    '2078-01',
    '1969-12-31',
    '1970-01-01',
    '2097-09-05',
  ),
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1960-01-01'), max: new Date('2110-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const bill: MatcherEntry = {
  id: 'ky-hb-1',
  title: 'Kentucky "HB 1": pension\nbitcoin act',
  kind: 'bill',
  scope: 'retirement',
  timeline: [
    ['2025-01', 'proposed'],
    ['2025-03-14', 'official'],
  ],
};

describe('the entries as the matcher carries them', () => {
  it('gives back every fact the badges and the detector read: partial dates, outcome, scope', () => {
    const died: MatcherEntry = {
      id: 'nh-sb-2',
      title: 'A bill that died',
      kind: 'bill',
      scope: 'adjacent',
      timeline: [['2024', 'proposed']],
      outcome: { kind: 'died-in-committee', date: '2024-06' },
    };
    const withdrawn: MatcherEntry = { ...died, id: 'x', outcome: { kind: 'withdrawn' } };
    expect(unpackEntries(packEntries([bill, died, withdrawn]))).toEqual([bill, died, withdrawn]);
  });

  it('packs an entry into far fewer characters of JSON than the object', () => {
    expect(JSON.stringify(packEntries([bill])).length).toBeLessThan(JSON.stringify([bill]).length * 0.75);
  });

  it('round-trips any entry the KB schema allows', () => {
    const date = anyEventDate;
    const entry = fc.record({
      id: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      title: fc.string(),
      kind: fc.constantFrom(...ENTRY_KINDS),
      scope: fc.constantFrom('retirement' as const, 'adjacent' as const),
      timeline: fc.array(fc.tuple(date, fc.constantFrom(...STATUSES))),
    });
    const outcome = fc.option(
      fc.record({ kind: fc.constantFrom(...OUTCOME_KINDS), date }, { requiredKeys: ['kind'] }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, outcome)), (pairs) => {
        const entries: MatcherEntry[] = pairs.map(([e, o]) => (o ? { ...e, outcome: o } : e));
        const carried = JSON.parse(JSON.stringify(packEntries(entries))) as ReturnType<typeof packEntries>;
        expect(unpackEntries(carried)).toEqual(entries);
      }),
    );
  });

  it('writes a day or a month since 1970 in four or three characters, any other date in digits', () => {
    const facts = (date: string) => packEntries([{ ...bill, timeline: [[date, 'official']] }]).facts.slice(2);
    expect(facts('2025-08-07')).toBe('ofo3');
    expect(facts('2025-05')).toBe('Oig');
    expect(facts('2025')).toBe('2025o');
    expect(facts('1969-12-31')).toBe('19691231o');
  });

  it('finds the entries whose first event falls in a year, whichever way its date is written', () => {
    fc.assert(
      fc.property(fc.array(anyEventDate, { minLength: 1 }), anyEventDate, (firsts, probe) => {
        const year = probe.slice(0, 4);
        const entries = firsts.map((date, i): MatcherEntry => ({
          ...bill,
          id: `e${i}`,
          timeline: [[date, 'proposed']],
        }));
        const table = new EntryTable(JSON.parse(JSON.stringify(packEntries(entries))) as PackedEntries);
        const expected = firsts.flatMap((date, i) => (date.startsWith(year) ? [i] : []));
        expect(table.firstEventIn(year)).toEqual(expected);
      }),
    );
  });

  it('refuses lists of different lengths or unreadable facts, naming the entry', () => {
    const packed = packEntries([bill]);
    expect(() => unpackEntries({ ...packed, titles: '' })).toThrow(/titles list has 0 items, not 1/);
    expect(() => unpackEntries({ ...packed, ids: `${packed.ids} 0x` })).toThrow(
      /ids list has 2 items, not 1/,
    );
    expect(() => new EntryTable({ ...packed, facts: ['4r'] } as unknown as PackedEntries)).toThrow(
      /not a count and three lists/,
    );
    expect(() => new EntryTable({ ...packed, count: -1 })).toThrow(/not a count and three lists/);
    expect(() => unpackEntries({ ...packed, facts: '4r2025-01p' })).toThrow(/"ky-hb-1" has unreadable facts/);
    expect(() => unpackEntries({ ...packed, facts: 'zr' })).toThrow(/unreadable facts/);
    for (const cut of ['4ro5h', '4rOk', '4ro5h!', '4rp5H?'])
      expect(() => unpackEntries({ ...packed, facts: cut })).toThrow(/unreadable facts/);
  });

  it('keeps each list one string, its items joined by spaces, and refuses an id with a space', () => {
    const packed = packEntries([bill, { ...bill, id: 'ky-hb-2' }]);
    expect(packed.count).toBe(2);
    expect(packed.ids).toBe('0ky-hb-1 62');
    expect(() => packEntries([{ ...bill, id: 'ky hb' }])).toThrow(
      /entry 0: its id is empty or holds a space/,
    );
  });
});

describe('rule programs in two bytes a number', () => {
  it('keeps features past 65,535 and the small ones as they are, in bytes', () => {
    const rules: EntryRules = {
      names: [3, 65_534, 65_535, 72_485, 1_000_000],
      rules: [{ groups: [[7], [70_000, 2]], none: [131_071] }],
      exclude: [],
      prefer: [[65_536]],
    };
    const program: number[] = [];
    encodeEntryRules(rules, program);
    expect(program.every((n) => n >= 0 && n <= 0xff)).toBe(true);
    const table = Uint8Array.from([9, ...program]);
    expect(decodeEntryRules(table, 1)).toEqual(rules);
  });
});

describe('the entry table the engine reads', () => {
  const other: MatcherEntry = {
    ...bill,
    id: 'eo-1',
    kind: 'executive-order',
    timeline: [['2024-05-02', 'official']],
  };
  const table = new EntryTable(packEntries([bill, other]));

  it('finds entries by id and index, and answers past the end like an array', () => {
    expect(table.length).toBe(2);
    expect(table.indexOf('eo-1')).toBe(1);
    expect(table.indexOf('missing')).toBe(-1);
    expect(table.at(1)).toEqual(other);
    expect(table.at(1)).toBe(table.at(1));
    expect(table.at(-1)).toBeUndefined();
    expect(table.at(2)).toBeUndefined();
  });

  it('reads kinds and first-event years without decoding an entry', () => {
    expect([table.kindAt(0), table.kindAt(1), table.kindAt(5)]).toEqual([
      'bill',
      'executive-order',
      undefined,
    ]);
    expect(table.firstEventIn('2025')).toEqual([0]);
    expect(table.firstEventIn('2024')).toEqual([1]);
    expect(table.firstEventIn('2023')).toEqual([]);
  });

  it('refuses entries that are not three lists of strings, or come without their title words', () => {
    expect(() => new EntryTable({ words: 'A', ids: ['a'], titles: ['0'], facts: [7] } as never)).toThrow(
      /three lists/,
    );
    expect(() => new EntryTable({ ids: ['a'], titles: ['0'], facts: ['4r2025p'] } as never)).toThrow(
      /title words are missing/,
    );
  });

  it('refuses a title code that names no word, naming the entry, when the entry is read', () => {
    const table = new EntryTable({
      count: 2,
      words: 'A bill',
      ids: '0a 0b',
      titles: '01 z',
      facts: '4r 4r',
    });
    expect(table.at(0)?.title).toBe('A bill');
    expect(() => table.at(1)).toThrow(/entry "b" has an unreadable title/);
  });
});
