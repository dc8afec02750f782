// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import { fixtureEntries } from '../detect/kb-fixture';
import { countSubtreeReads } from './helpers/count-reads';

/**
 * A page is read in subtrees of a few hundred elements; each is small, but a page has
 * thousands of them, and reading them all without a pause made a 770 ms task on the
 * 100,000-element hostile page.
 */
describe('reading a page of many small subtrees', () => {
  it("pauses between subtrees once a slice has used reading's 8 ms budget", async () => {
    const main = document.createElement('main');
    for (let i = 0; i < 3_000; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i} about the markets.`;
      main.append(p);
    }
    document.body.replaceChildren(main);
    let clock = 0;
    const pausedAt: number[] = [];
    const counted = countSubtreeReads();
    // The matcher comes only once the page is read: the pauses counted are the reading's.
    let send = () => {};
    const sent = new Promise<void>((resolve) => (send = resolve));
    const finder = engineFinder(
      async () => {
        await sent;
        return { prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 };
      },
      { publishedAt: () => null, today: () => '2026-01-01' },
      () => Promise.resolve(createPageDetector),
    );
    // Each clock read is a millisecond: a slice fits a handful of subtrees.
    const finding = finder.find([document.body], {
      now: () => clock++,
      yieldFn: async () => void pausedAt.push(clock),
    });
    // One subtree per paragraph: 3,000 reads, with pauses between them.
    await vi.waitFor(() => expect(counted.reads()).toBe(3_000));
    const slices = pausedAt.slice(1).map((at, i) => at - pausedAt[i]!);
    // Reading's slices are 8 ms (a stall inside the browser then lands on less): 8 clock reads
    // of reading, and the one that ends the slice; the usual 16 ms budget gave slices of 17.
    expect(pausedAt.length).toBeGreaterThan(3_000 / 10);
    expect(Math.max(...slices)).toBe(9);
    send();
    expect((await finding).text.blocks).toHaveLength(3_000);
    counted.restore();
  });
});
