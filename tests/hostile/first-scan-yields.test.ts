// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import type { PageDetector } from '../../src/page/page-detector';
import { fixtureEntries } from '../detect/kb-fixture';
import { withoutPauses } from '../page/helpers/without-pauses';

/**
 * The page is read while the matcher is on its way; the work after the matcher's last
 * message goes on in that message's task, on a slice of its own (the page had its turn
 * while we waited; a forced pause there waited behind the page's tasks on the way to the
 * first badge). The detector module arrives in a task of its own; its warm-up steps must
 * not add their milliseconds to that task or to the scan's (on the 100,000-element hostile
 * page, loading, warm-up and scan together made a 140 ms task).
 */
describe('the first scan of a page that mentions a KB item', () => {
  it('reads the page while the matcher comes, checks it for a term in the matcher task, then yields before each warm-up step and before detecting', async () => {
    document.body.innerHTML =
      '<p>President Trump may sign an executive order letting 401(k) plans hold crypto.</p>';
    const events: string[] = [];
    const watched = (
      prepared: Parameters<typeof createPageDetector>[0],
      tables: Parameters<typeof createPageDetector>[1],
    ): PageDetector => {
      const real = createPageDetector(prepared, tables);
      return {
        ...real,
        warmUpSteps: real.warmUpSteps.map((step, i) => () => (events.push(`warm ${i}`), step())),
        detect: (blocks) => (events.push('detect'), real.detect(blocks)),
      };
    };
    let send: (() => void) | null = null;
    const sent = new Promise<void>((resolve) => (send = resolve));
    const finder = engineFinder(
      async () => {
        await sent;
        events.push('matcher');
        return { prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 };
      },
      { publishedAt: () => '2025-07-20', today: () => '2026-01-01' },
      () => Promise.resolve(watched),
    );
    const gates: (() => void)[] = [];
    const yieldFn = () => new Promise<void>((resolve) => (events.push('yield'), gates.push(resolve)));
    const slicing = withoutPauses(yieldFn);
    const read = vi.spyOn(document.body, 'getElementsByTagName');
    const found = finder.find([document.body], slicing);

    await vi.waitFor(() => expect(read).toHaveBeenCalled());
    expect(events).toEqual([]);
    send!();
    await vi.waitFor(() => expect(gates).toHaveLength(1));
    expect(events).toEqual(['matcher', 'yield']);
    for (let gate = 0; gate < 6; gate++) {
      await vi.waitFor(() => expect(gates).toHaveLength(gate + 1));
      gates[gate]!();
    }
    expect((await found).claims.map((c) => c.entryId)).toEqual(['eo-401k']);
    expect(events).toEqual([
      ...[
        'matcher',
        'yield',
        'warm 0',
        'yield',
        'warm 1',
        'yield',
        'warm 2',
        'yield',
        'warm 3',
        'yield',
        'warm 4',
      ],
      ...['yield', 'detect'],
    ]);

    // Later scans start at once: no more warm-up.
    const again = finder.find([document.body], slicing);
    expect((await again).claims).toHaveLength(1);
    expect(gates).toHaveLength(6);
  });
});
