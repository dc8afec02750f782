import { describe, expect, it } from 'vitest';
import { packEntries } from '../../src/detect/matcher-entries';
import { TableReader, packTables, wholeData } from '../../src/detect/packed-tables';
import type { MatcherEntry } from '../../src/detect/types';
import {
  DATA_PIECE_CHARS,
  automatonChars,
  isMatcherPart,
  joinPageMatcher,
  splitPageMatcher,
  type MatcherPart,
} from '../../src/messaging/matcher-parts';
import type { PageMatcher } from '../../src/messaging/matcher-port';
import type { PreparedMatcher } from '../../src/detect/matcher-format';

function pageMatcher(dataChars: number, entryCount: number): PageMatcher {
  const entries: MatcherEntry[] = Array.from({ length: entryCount }, (_, i) => ({
    id: `gen-${i}`,
    title: `Generated bill ${i}`,
    kind: 'bill',
    scope: 'retirement',
    timeline: [['2025-05-20', 'proposed']],
  }));
  const data = Array.from({ length: dataChars }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]).join('');
  const prepared = {
    format: 'statusmark-matcher',
    tables: { data, layout: [['vocab', 'i32', 4]] },
    entries: packEntries(entries),
    phrases: { LEAD_IN: { $set: ['also', 'now'] } },
  } as unknown as PreparedMatcher;
  return { prepared, localEntryIds: ['gen-1'], kbVersion: 7 };
}

/** A page matcher whose tables are the automaton's (a few, stored first) and two of the detector's. */
function withTables(automatonBytes: number, detectorBytes: number, entryCount: number): PageMatcher {
  const page = pageMatcher(0, entryCount);
  const fill = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * seed) & 255);
  const tables = packTables({
    vocabStart: Uint16Array.from({ length: 3 }, (_, i) => i),
    vocabCheck: Int32Array.from([7, -7]),
    flags: fill(automatonBytes, 7),
    ruleCode: fill(detectorBytes, 13),
    triggers: Int32Array.from({ length: 5 }, (_, i) => i * 1_000),
  });
  return { ...page, prepared: { ...page.prepared, tables } };
}

const carried = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const sizes = (parts: readonly MatcherPart[]) =>
  parts.map((p) => (p.part === 'data' ? p.text.length : p.part));

describe('sending a large matcher in parts', () => {
  it('sends a small matcher whole, in the first message', () => {
    const small = pageMatcher(1_000, 50);
    expect(splitPageMatcher(small)).toEqual({ first: small, now: [], later: [] });
  });

  it("sends the automaton's tables at once, the other tables and the entries later, and joins them back exactly", () => {
    const large = withTables(DATA_PIECE_CHARS, DATA_PIECE_CHARS, 5_001);
    const { first, now, later } = splitPageMatcher(large);
    expect(first.prepared.tables.data).toBe('');
    // The first message keeps only the entries' count: the lists, titles' words and phrase tables come with the rest.
    expect(first.prepared.entries).toEqual({ count: 5_001, words: '', ids: '', titles: '', facts: '' });
    expect(first.prepared.phrases).toEqual({});
    expect(first.localEntryIds).toEqual(['gen-1']);
    // The automaton's tables end after 8 + 8 + flags' bytes (vocabStart's 6 padded to 4s): whole base64 groups up to there.
    const early = automatonChars(large.prepared.tables);
    expect(early).toBe(Math.ceil((8 + 8 + DATA_PIECE_CHARS) / 3) * 4);
    expect(sizes(now)).toEqual([DATA_PIECE_CHARS, early - DATA_PIECE_CHARS]);
    const data = wholeData(large.prepared.tables);
    expect(sizes(later)).toEqual([DATA_PIECE_CHARS, data.length - early - DATA_PIECE_CHARS, 'entries']);
    expect([...now, ...later].every(isMatcherPart)).toBe(true);

    // Through JSON, as a port carries them; the first parts, then the later ones.
    const withNow = joinPageMatcher(carried(first), carried(now));
    const whole = joinPageMatcher(withNow, carried(later));
    // The tables' base64 comes back in its pieces (the loader decodes them one by one), the rest as it was.
    expect(whole.prepared.tables.data).toHaveLength(4);
    expect(wholeData(whole.prepared.tables)).toBe(data);
    expect({ ...whole, prepared: { ...whole.prepared, tables: large.prepared.tables } }).toEqual(large);
    // The matcher it came from is untouched.
    expect(large.prepared.entries.ids.split(' ')).toHaveLength(5_001);
  });

  it('gives a page all of the automaton with the first parts, and the rest only with the later ones', () => {
    const large = withTables(100, 300, 20);
    const { first, now, later } = splitPageMatcher(large, 64);
    const reader = new TableReader(joinPageMatcher(first, now).prepared.tables);
    const expected = new TableReader(large.prepared.tables).tables();
    expect(reader.tables(['vocabStart', 'vocabCheck', 'flags'])).toEqual({
      vocabStart: expected.vocabStart,
      vocabCheck: expected.vocabCheck,
      flags: expected.flags,
    });
    expect(() => reader.tables(['ruleCode'])).toThrow('matcher table "ruleCode" is truncated');
    reader.append(later.flatMap((p) => (p.part === 'data' ? [p.text] : [])));
    expect(reader.tables()).toEqual(expected);
  });

  it("counts the titles' words and the phrase tables too: a matcher goes whole only as one message within a piece", () => {
    const small = pageMatcher(1_000, 50);
    const message = JSON.stringify(small).length;
    const piece = Math.ceil(message / 4) * 4;
    expect(splitPageMatcher(small, piece).first).toBe(small);
    // Tables and lists that fit, with phrase tables that take the message past the piece.
    const phrases = { ...small.prepared.phrases, LONG: { $set: ['x'.repeat(piece)] } };
    const wordy = { ...small, prepared: { ...small.prepared, phrases } } as PageMatcher;
    const { first, later } = splitPageMatcher(wordy, piece);
    expect(first.prepared.phrases).toEqual({});
    expect(JSON.stringify(first).length).toBeLessThanOrEqual(piece);
    expect(later.at(-1)).toMatchObject({ part: 'entries', phrases });
  });

  it('sends a matcher in parts when its entries alone are large', () => {
    const { now, later } = splitPageMatcher(pageMatcher(100, 60_000));
    expect(now).toEqual([]);
    expect(later.map((p) => p.part)).toEqual(['data', 'entries']);
  });

  it('refuses anything else as a part', () => {
    expect(isMatcherPart({ part: 'data', text: 3 })).toBe(false);
    expect(isMatcherPart({ part: 'entries', entries: [1] })).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: 'a', titles: 2, facts: '0r' })).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: ['a'], titles: ['01'], facts: ['0r'] })).toBe(false);
    expect(isMatcherPart({ part: 'code', text: 'x' })).toBe(false);
    expect(isMatcherPart(null)).toBe(false);
    // Lists without the titles' words or the phrase tables, or phrase tables that are not an object.
    expect(isMatcherPart({ part: 'entries', ids: '0a', titles: '01', facts: '0r' })).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: '0a', titles: '01', facts: '0r', words: 'a' })).toBe(false);
    const lists = { part: 'entries', ids: '0a', titles: '01', facts: '0r', words: 'a' };
    expect(isMatcherPart({ ...lists, phrases: null })).toBe(false);
    expect(isMatcherPart({ ...lists, phrases: ['x'] })).toBe(false);
    expect(isMatcherPart({ ...lists, words: 3, phrases: {} })).toBe(false);
    expect(isMatcherPart({ ...lists, phrases: {} })).toBe(true);
  });
});
