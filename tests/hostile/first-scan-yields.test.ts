// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { engineFinder } from '../../src/page/engine-finder';
import { fixtureEntries } from '../detect/kb-fixture';

/**
 * The matcher arrives in one task and is loaded there; the page must get the thread
 * back before the detection warm-up and the scan add their milliseconds to that task
 * (on the 100,000-element hostile page the three together made a 140 ms task).
 */
describe('the first scan of a page', () => {
  it('yields to the page before each step of its warm-up, and again before it reads the page', async () => {
    document.body.innerHTML =
      '<p>President Trump may sign an executive order letting 401(k) plans hold crypto.</p>';
    const finder = engineFinder(
      { prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 },
      { publishedAt: () => '2025-07-20', today: () => '2026-01-01' },
    );
    const read = vi.spyOn(document.body, 'getElementsByTagName');
    const gates: (() => void)[] = [];
    const yieldFn = () => new Promise<void>((resolve) => gates.push(resolve));
    const found = finder.find(document.body, { yieldFn });

    await vi.waitFor(() => expect(gates).toHaveLength(1));
    expect(read).not.toHaveBeenCalled();
    for (let gate = 1; gate <= 3; gate++) {
      gates[gate - 1]!();
      if (gate === 3) break;
      await vi.waitFor(() => expect(gates).toHaveLength(gate + 1));
      expect(read).not.toHaveBeenCalled();
    }
    expect((await found).claims.map((c) => c.entryId)).toEqual(['eo-401k']);

    // Later scans start at once.
    const again = finder.find(document.body, { yieldFn });
    expect((await again).claims).toHaveLength(1);
    expect(gates).toHaveLength(3);
  });
});
