import { describe, expect, it, vi } from 'vitest';
import * as idPrefixes from '../../src/detect/id-prefixes';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { preparedTableReader } from '../../src/detect/load-matcher';
import { createPageDetector } from '../../src/page/detector-module';
import { benchKb } from '../../bench/kb/bench-kb';

vi.mock('../../src/detect/id-prefixes', async (actual) => {
  const real = await actual<typeof idPrefixes>();
  return { ...real, allIds: vi.fn(real.allIds) };
});

describe('the detector module', () => {
  it("builds the entries' index by id in a warm-up step, so no detection step pays for it", async () => {
    // The benchmark's KB: its warm-up sentences (about its first entries) look no entry up by id.
    const prepared = prepareMatcher(await benchKb(50));
    const detector = createPageDetector(prepared, preparedTableReader(prepared));
    const allIds = vi.mocked(idPrefixes.allIds);
    expect(allIds).not.toHaveBeenCalled();
    for (const step of detector.warmUpSteps) step();
    expect(allIds).toHaveBeenCalledTimes(1);

    const claims = detector.detect([
      {
        text: 'President Trump may sign an executive order letting 401(k) plans hold crypto.',
        kind: 'paragraph',
      },
    ]);
    const assessed = detector.assess(claims, { publishedAt: '2025-07-20', today: '2026-01-01' });
    expect(assessed.map((c) => [c.entryId, c.claimedStatus])).toEqual([
      ['us-eo-14330-alt-assets-401k', 'reported'],
    ]);
    expect(allIds).toHaveBeenCalledTimes(1);
  });
});
