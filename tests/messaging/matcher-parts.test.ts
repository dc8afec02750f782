import { describe, expect, it } from 'vitest';
import { packEntries } from '../../src/detect/matcher-entries';
import { wholeData } from '../../src/detect/packed-tables';
import type { MatcherEntry } from '../../src/detect/types';
import {
  DATA_PIECE_CHARS,
  isMatcherPart,
  joinPageMatcher,
  splitPageMatcher,
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
  } as unknown as PreparedMatcher;
  return { prepared, localEntryIds: ['gen-1'], kbVersion: 7 };
}

describe('sending a large matcher in parts', () => {
  it('sends a small matcher whole, in the first message', () => {
    const small = pageMatcher(1_000, 50);
    expect(splitPageMatcher(small)).toEqual({ first: small, rest: [] });
  });

  it('cuts the tables into pieces and sends the entries after them, and joins them back exactly', () => {
    const large = pageMatcher(2 * DATA_PIECE_CHARS + 10, 5_001);
    const { first, rest } = splitPageMatcher(large);
    expect(first.prepared.tables.data).toBe('');
    expect(first.prepared.entries).toEqual({
      count: 5_001,
      words: large.prepared.entries.words,
      ids: '',
      titles: '',
      facts: '',
    });
    expect(first.localEntryIds).toEqual(['gen-1']);
    expect(rest.map((p) => (p.part === 'data' ? p.text.length : p.part))).toEqual([
      DATA_PIECE_CHARS,
      DATA_PIECE_CHARS,
      10,
      'entries',
    ]);
    expect(rest.every(isMatcherPart)).toBe(true);
    // Through JSON, as a port carries them.
    const carried = rest.map((p) => JSON.parse(JSON.stringify(p)) as typeof p);
    const joined = joinPageMatcher(JSON.parse(JSON.stringify(first)) as PageMatcher, carried);
    // The tables' base64 comes back in its pieces (the loader decodes them one by one), the rest as it was.
    expect(joined.prepared.tables.data).toHaveLength(3);
    expect(wholeData(joined.prepared.tables)).toBe(large.prepared.tables.data);
    expect({ ...joined, prepared: { ...joined.prepared, tables: large.prepared.tables } }).toEqual(large);
    // The matcher it came from is untouched.
    expect(large.prepared.entries.ids.split(' ')).toHaveLength(5_001);
  });

  it('sends a matcher in parts when its entries alone are large', () => {
    const { rest } = splitPageMatcher(pageMatcher(100, 60_000));
    expect(rest.map((p) => p.part)).toEqual(['data', 'entries']);
  });

  it('refuses anything else as a part', () => {
    expect(isMatcherPart({ part: 'data', text: 3 })).toBe(false);
    expect(isMatcherPart({ part: 'entries', entries: [1] })).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: 'a', titles: 2, facts: '0r' })).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: ['a'], titles: ['01'], facts: ['0r'] })).toBe(false);
    expect(isMatcherPart({ part: 'code', text: 'x' })).toBe(false);
    expect(isMatcherPart(null)).toBe(false);
    expect(isMatcherPart({ part: 'entries', ids: '0a', titles: '01', facts: '0r' })).toBe(true);
  });
});
