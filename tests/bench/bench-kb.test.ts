import { describe, expect, it } from 'vitest';
import { benchKb } from '../../bench/kb/bench-kb';
import { generatedEntries, reservedBy } from '../../bench/kb/generated-entries';
import { shippedEntries } from '../../bench/lib/shipped-entries';
import { entryListSchema } from '../../src/kb/schema';

describe('benchmark KBs', () => {
  it('have exactly N entries, the shipped ones first, valid as a KB', async () => {
    const shipped = await shippedEntries();
    const kb = await benchKb(1000);
    expect(kb).toHaveLength(1000);
    expect(kb.slice(0, shipped.length).map((e) => e.id)).toEqual(shipped.map((e) => e.id));
    expect(entryListSchema.safeParse(kb).success).toBe(true);
  });

  it('grow by prefix: the KB of 50 is the start of the KB of 1,000', async () => {
    const [small, large] = await Promise.all([benchKb(50), benchKb(1000)]);
    expect(large.slice(0, 50)).toEqual(small);
  });

  it('never reuse a shipped entry\u2019s term or number as a generated name', async () => {
    const shipped = await shippedEntries();
    const reserved = reservedBy(shipped);
    for (const entry of generatedEntries(2000, reserved)) {
      for (const name of entry.detect.names) {
        expect(reserved.terms.has(name.toLowerCase())).toBe(false);
        const number = /[\d-]+$/.exec(name)?.[0];
        if (number) expect(reserved.numbers.has(number)).toBe(false);
      }
    }
  });

  it('give every generated rule a group of the entry\u2019s own terms, as real rules have', async () => {
    const reserved = reservedBy(await shippedEntries());
    for (const entry of generatedEntries(2000, reserved)) {
      for (const rule of entry.detect.rules) {
        expect(rule.all.some((group) => group.every((term) => !term.startsWith('@')))).toBe(true);
      }
    }
  });
});
