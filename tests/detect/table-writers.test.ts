import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsOf, narrow } from '../../src/detect/table-writers';

describe('writing tables for the matcher', () => {
  it('packs yes-or-no values eight a byte, lowest bit first', () => {
    expect([...bitsOf([true, false, false, true, false, false, false, false, true])]).toEqual([9, 1]);
    fc.assert(
      fc.property(fc.array(fc.boolean()), (values) => {
        const bits = bitsOf(values);
        expect(bits.length).toBe(Math.ceil(values.length / 8));
        expect(values.map((_, i) => ((bits[i >>> 3]! >>> (i & 7)) & 1) === 1)).toEqual(values);
      }),
    );
  });

  it('keeps two bytes a number only while every number fits', () => {
    expect(narrow([0, 65_535])).toBeInstanceOf(Uint16Array);
    expect(narrow([0, 65_536])).toBeInstanceOf(Int32Array);
  });
});
