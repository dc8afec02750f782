import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIds, idAt, prefixCodedIds } from '../../src/detect/id-prefixes';

describe('entry ids written against the id before', () => {
  it('gives back any list of ids, one at a time or all at once', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 60 }), (ids) => {
        const coded = JSON.parse(JSON.stringify(prefixCodedIds(ids))) as string[];
        expect(ids.map((_, i) => idAt(coded, i))).toEqual(ids);
        expect(allIds(coded)).toEqual(ids);
      }),
    );
  });

  it('writes only what an id does not share with the one before, and every 16th whole', () => {
    const ids = Array.from({ length: 17 }, (_, i) => `us-ky-hb-${100 + i}`);
    const coded = prefixCodedIds(ids);
    expect(coded.slice(0, 3)).toEqual(['0us-ky-hb-100', 'b1', 'b2']);
    expect(coded[16]).toBe('0us-ky-hb-116');
  });

  it('shares at most 35 characters, as one base-36 digit says', () => {
    const long = 'x'.repeat(50);
    expect(prefixCodedIds([long, `${long}y`])[1]).toBe(`z${'x'.repeat(15)}y`);
  });

  it('refuses a code that shares more than the id before has, or starts a run sharing anything', () => {
    expect(idAt(['0ab', '5c'], 1)).toBeUndefined();
    expect(idAt(['1ab'], 0)).toBeUndefined();
    expect(idAt(['0ab', '-c'], 1)).toBeUndefined();
    expect(() => allIds(['0ab', '5c'])).toThrow(/entry id 1 is unreadable/);
  });
});
