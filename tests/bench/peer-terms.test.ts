import { describe, expect, it } from 'vitest';
import { alternationSource, peerTerms } from '../../bench/kb/peer-terms';
import { shippedEntries } from '../../bench/lib/shipped-entries';

describe('peer terms', () => {
  it('match whole terms case-insensitively, "401(k)" included, and not inside longer words', () => {
    const pattern = new RegExp(alternationSource(['401(k)', 'order', 'executive order']), 'gi');
    const text = 'An Executive Order on 401(k) plans; no border, no orders.';
    expect(text.match(pattern)).toEqual(['Executive Order', '401(k)']);
  });

  it('are every literal term of the KB plus the shared word sets, and per entry its own terms', async () => {
    const entries = await shippedEntries();
    const terms = peerTerms(entries);
    expect(terms.perEntry).toHaveLength(entries.length);
    expect(terms.all).toContain('bitcoin');
    expect(terms.all).toContain('eo 14330');
    const eo = entries.findIndex((e) => e.id === 'us-eo-14330-alt-assets-401k');
    expect(terms.perEntry[eo]).toContain('eo 14330');
    expect(terms.all.every((t) => t === t.toLowerCase())).toBe(true);
  });
});
