import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TableReader,
  packTables,
  unpackTables,
  wholeData,
  type TypedTable,
} from '../../src/detect/packed-tables';

/** Cuts base64 into pieces of whole 4-character groups, as the matcher's messages do. */
function cut(text: string, groupsPerPiece: number): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += groupsPerPiece * 4)
    pieces.push(text.slice(at, at + groupsPerPiece * 4));
  return pieces;
}

const plain = (tables: Record<string, TypedTable>) =>
  Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, [table.constructor.name, [...table]]]),
  );

/** Three tables of each width, of any length and content. */
const anyTables = fc.record({
  bytes: fc.uint8Array({ maxLength: 40 }),
  shorts: fc.array(fc.integer({ min: 0, max: 65_535 }), { maxLength: 30 }).map((v) => Uint16Array.from(v)),
  ints: fc.array(fc.integer(), { maxLength: 20 }).map((v) => Int32Array.from(v)),
});

describe('packed matcher tables', () => {
  it('unpacks what was packed, whole or in pieces of any number of base64 groups', () => {
    fc.assert(
      fc.property(anyTables, fc.integer({ min: 1, max: 9 }), (tables, groups) => {
        const packed = packTables(tables);
        const pieces = cut(wholeData(packed), groups);
        expect(plain(unpackTables(packed))).toEqual(plain(tables));
        expect(plain(unpackTables({ ...packed, data: pieces }))).toEqual(plain(tables));
        expect(wholeData({ ...packed, data: pieces })).toBe(packed.data);
      }),
    );
  });

  it('reads the tables asked for first, then the rest into the same bytes, as one read would', () => {
    fc.assert(
      fc.property(
        anyTables,
        fc.integer({ min: 1, max: 9 }),
        fc.subarray(['bytes', 'shorts', 'ints']),
        (tables, groups, first) => {
          const packed = packTables(tables);
          const reader = new TableReader({ ...packed, data: cut(wholeData(packed), groups) });
          const some = reader.tables(first);
          expect(Object.keys(some)).toEqual(first);
          expect(plain(reader.tables())).toEqual(plain(tables));
          // Views read earlier see the same bytes: nothing was decoded twice into another buffer.
          expect(plain(some)).toEqual(
            plain(Object.fromEntries(first.map((name) => [name, tables[name as keyof typeof tables]]))),
          );
        },
      ),
    );
  });

  it('refuses a piece cut inside a base64 group, and says so', () => {
    const packed = packTables({ bytes: Uint8Array.from([1, 2, 3, 4, 5, 6]) });
    const data = wholeData(packed);
    expect(() => unpackTables({ ...packed, data: [data.slice(0, 3), data.slice(3)] })).toThrow(
      'a base64 piece is cut inside a group',
    );
  });

  it('says which table is truncated', () => {
    const packed = packTables({ first: Uint8Array.from([1, 2, 3, 4]), second: Int32Array.from([7, 8]) });
    expect(() => unpackTables({ ...packed, data: cut(wholeData(packed), 1).slice(0, 2) })).toThrow(
      'matcher table "second" is truncated',
    );
  });
});

describe('packed matcher tables that come in two deliveries', () => {
  it('reads the tables of the first pieces, and the rest once the later pieces are appended', () => {
    fc.assert(
      fc.property(anyTables, fc.integer({ min: 1, max: 9 }), fc.nat(), (tables, groups, cutAt) => {
        const packed = packTables(tables);
        const pieces = cut(wholeData(packed), groups);
        const early = cutAt % (pieces.length + 1);
        const reader = new TableReader({ ...packed, data: pieces.slice(0, early) });
        reader.append(pieces.slice(early));
        expect(plain(reader.tables())).toEqual(plain(tables));
      }),
    );
  });

  it('says a table is truncated until the pieces holding it are appended', () => {
    const packed = packTables({ first: Uint8Array.from([1, 2, 3, 4]), second: Int32Array.from([7, 8]) });
    const pieces = cut(wholeData(packed), 1);
    const reader = new TableReader({ ...packed, data: pieces.slice(0, 2) });
    expect(plain(reader.tables(['first']))).toEqual({ first: ['Uint8Array', [1, 2, 3, 4]] });
    expect(() => reader.tables(['second'])).toThrow('matcher table "second" is truncated');
    reader.append(pieces.slice(2));
    expect(plain(reader.tables(['second']))).toEqual({ second: ['Int32Array', [7, 8]] });
  });

  it('refuses a layout whose table has no known type or a length that is not a count', () => {
    const packed = packTables({ first: Uint8Array.from([1, 2, 3, 4]) });
    const layout = (type: string, length: number) =>
      ({ ...packed, layout: [['first', type, length]] }) as unknown as typeof packed;
    expect(() => new TableReader(layout('f64', 4))).toThrow('table "first" has no valid type or length');
    expect(() => new TableReader(layout('u8', -1))).toThrow('table "first" has no valid type or length');
    expect(() => new TableReader(layout('u8', 1.5))).toThrow('table "first" has no valid type or length');
  });
});
