import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VarintReader, writeVarint } from '../../src/detect/varint';

const bytesOf = (values: readonly number[]) => {
  const out: number[] = [];
  for (const value of values) writeVarint(out, value);
  return Uint8Array.from(out);
};

describe('numbers in as few bytes as they need', () => {
  it('writes a number below 128 in one byte, 128 in two, 70,000 in three', () => {
    expect([...bytesOf([0, 127])]).toEqual([0, 127]);
    expect([...bytesOf([128])]).toEqual([0x80, 1]);
    expect(bytesOf([70_000]).length).toBe(3);
  });

  it('reads back any list of whole numbers up to 2^31 - 1, each from where the last ended', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 })), (values) => {
        const reader = new VarintReader(bytesOf(values));
        expect(values.map(() => reader.next())).toEqual(values);
        expect(reader.at).toBe(reader.bytes.length);
      }),
    );
  });

  it('stops at the end of the bytes instead of reading on, leaving `at` past the end to tell', () => {
    const reader = new VarintReader(Uint8Array.from([0x80]));
    expect(reader.next()).toBe(0);
    expect(reader.at).toBeGreaterThan(reader.bytes.length);
  });
});
