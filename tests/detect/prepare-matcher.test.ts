import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/detect/detect-claims';
import { loadMatcher } from '../../src/detect/load-matcher';
import type { PreparedMatcher } from '../../src/detect/matcher-format';
import { EntryTable } from '../../src/detect/entry-table';
import { packTables, unpackTables } from '../../src/detect/packed-tables';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { HitBuffer, scanText } from '../../src/detect/scan-text';
import { termVariants } from '../../src/detect/term-words';
import { fixtureEntries } from './kb-fixture';
import { makeEntry } from './make-entry';

/** The prepared matcher with one of its tables replaced. */
function withTable(prepared: PreparedMatcher, name: string, table: Uint8Array | Uint16Array | Int32Array) {
  return { ...prepared, tables: packTables({ ...unpackTables(prepared.tables), [name]: table }) };
}

describe('preparing and loading the matcher', () => {
  const prepared = prepareMatcher(fixtureEntries);

  it('is plain JSON: a runtime message carries it unchanged', () => {
    const copy = JSON.parse(JSON.stringify(prepared)) as PreparedMatcher;
    expect(copy).toEqual(prepared);
    const claims = detectClaims(loadMatcher(copy), [
      { text: 'Trump signed Executive Order 14330.', kind: 'heading' },
    ]);
    expect(claims.map((c) => c.entryId)).toEqual(['eo-401k']);
  });

  it('carries what the badges need of each entry', () => {
    expect(new EntryTable(prepared.entries).at(0)).toEqual({
      id: 'eo-401k',
      title: 'Executive Order 14330 on alternative assets in 401(k) plans',
      kind: 'executive-order',
      scope: 'retirement',
      timeline: [
        ['2025-07-17', 'reported'],
        ['2025-08-07', 'official'],
      ],
    });
  });

  it('rejects something that is not a prepared matcher, saying what it got', () => {
    expect(() => loadMatcher({ format: 'other' } as unknown as PreparedMatcher)).toThrow(
      /not a statusmark matcher/,
    );
    const truncated = {
      ...prepared,
      tables: { ...prepared.tables, data: prepared.tables.data.slice(0, 40) },
    };
    expect(() => loadMatcher(truncated)).toThrow(/truncated/);
  });

  it('rejects trigger tables of different lengths, and programs or tie bits that do not add up', () => {
    const tables = unpackTables(prepared.tables);
    const entries = tables.triggerEntries!;
    expect(() => loadMatcher(withTable(prepared, 'triggerEntries', entries.subarray(1)))).toThrow(
      /trigger tables differ in length/,
    );
    const steps = tables.triggerFeatureSteps as Uint8Array;
    for (const wrong of [steps.subarray(0, steps.length - 1), Uint8Array.from([...steps, 1])]) {
      expect(() => loadMatcher(withTable(prepared, 'triggerFeatureSteps', wrong))).toThrow(
        /trigger tables differ in length/,
      );
    }
    const lengths = Int32Array.from(tables.programLengths!);
    lengths[0]! += 1;
    expect(() => loadMatcher(withTable(prepared, 'programLengths', lengths))).toThrow(
      /rule programs do not match its entries/,
    );
    const tieBits = tables.tieBits as Uint8Array;
    expect(() => loadMatcher(withTable(prepared, 'tieBits', Uint8Array.from([...tieBits, 0])))).toThrow(
      /tie bits do not match its entries/,
    );
  });

  it('finds a term of the longest length kept, 32 words, from its first word', () => {
    const words = Array.from(
      { length: 32 },
      (_, i) => `${'qr'[i >> 4]}${String.fromCharCode(97 + (i & 15))}`,
    );
    const long = loadMatcher(
      prepareMatcher([makeEntry({ id: 'long-name', detect: { names: [words.join(' ')] } })]),
    );
    const text = `Before it, ${words.join(' ')} and after.`;
    const hits = new HitBuffer();
    scanText(long.automaton, text, hits);
    expect(hits.length).toBe(3);
    expect(text.slice(hits.data[1], hits.data[2])).toBe(words.join(' '));
  });

  it('spells identifiers the ways news does', () => {
    expect(termVariants('HB 92')).toEqual([['hb', '92'], ['hb92']]);
    expect(termVariants('H92')).toEqual([['h92'], ['h', '92']]);
    expect(termVariants('401(k) plans')).toEqual([
      ['401k', 'plan'],
      ['401', 'k', 'plan'],
    ]);
  });
});
