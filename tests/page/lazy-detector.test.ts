// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import { fixtureEntries } from '../detect/kb-fixture';
import { countSubtreeReads } from './helpers/count-reads';
import { withoutPauses } from './helpers/without-pauses';

const page = { prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 };
const matcher = () => Promise.resolve(page);
const dates = { publishedAt: () => '2025-07-20', today: () => '2026-01-01' };
const immediately = withoutPauses();
const showClaim = () => {
  document.body.innerHTML =
    '<p>President Trump may sign an executive order letting 401(k) plans hold crypto.</p>';
};
/** A loader that fails with `message` until `arrive()` is called, then gives `value`. */
const unavailable = <T>(message: string, value: T) => {
  let there = false;
  const load = vi.fn(async (): Promise<T> => {
    if (!there) throw new Error(message);
    return value;
  });
  return { load, arrive: () => void (there = true) };
};

describe('the engine finder in the page', () => {
  it('does not load the detector on a page whose text names no KB term', async () => {
    document.body.innerHTML =
      '<h1>Markets</h1><p>Bitcoin rose 3 percent on Tuesday as traders weighed jobs data.</p>';
    const load = vi.fn(() => Promise.resolve(createPageDetector));
    const found = await engineFinder(matcher, dates, load).find([document.body], immediately);
    expect(found.claims).toEqual([]);
    expect(found.text.blocks.map((b) => b.text)).toEqual([
      'Markets',
      'Bitcoin rose 3 percent on Tuesday as traders weighed jobs data.',
    ]);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads it once, when a KB term first appears, and badges the claim', async () => {
    document.body.innerHTML = '<p>Bitcoin rose 3 percent on Tuesday.</p>';
    const load = vi.fn(() => Promise.resolve(createPageDetector));
    const finder = engineFinder(matcher, dates, load);
    await finder.find([document.body], immediately);
    expect(load).not.toHaveBeenCalled();

    document.body.insertAdjacentHTML(
      'beforeend',
      '<p>President Trump may sign an executive order letting 401(k) plans hold crypto.</p>',
    );
    const found = await finder.find([document.body], immediately);
    expect(found.claims.map((c) => [c.entryId, c.claimedStatus])).toEqual([['eo-401k', 'reported']]);
    await finder.find([document.body], immediately);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for it while a long page is still being read, once the matcher is there and a term was read', async () => {
    const main = document.createElement('main');
    for (let i = 0; i < 1_000; i++) {
      const p = document.createElement('p');
      p.textContent =
        i === 2
          ? 'President Trump may sign an executive order letting 401(k) plans hold crypto.'
          : `Paragraph ${i} on the markets.`;
      main.append(p);
    }
    document.body.replaceChildren(main);
    const counted = countSubtreeReads();
    let readsAtLoad = -1;
    const load = vi.fn(() => ((readsAtLoad = counted.reads()), Promise.resolve(createPageDetector)));
    const finder = engineFinder(matcher, dates, load);
    await new Promise((resolve) => setTimeout(resolve)); // the matcher has arrived
    // Over 800 elements: one subtree per paragraph. Each clock read is a millisecond: many slices.
    let clock = 0;
    const found = await finder.find([document.body], { now: () => clock++, yieldFn: async () => {} });
    expect(counted.reads()).toBe(1_000);
    expect(readsAtLoad).toBeGreaterThan(0);
    expect(readsAtLoad).toBeLessThan(10);
    expect(load).toHaveBeenCalledTimes(1);
    expect(found.claims.map((c) => c.entryId)).toEqual(['eo-401k']);
    counted.restore();
  });

  it('tries to load it again on the next scan when loading failed', async () => {
    showClaim();
    const { load, arrive } = unavailable('no module', createPageDetector);
    const finder = engineFinder(matcher, dates, load);
    await expect(finder.find([document.body], immediately)).rejects.toThrow('no module');
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    expect((await finder.find([document.body], immediately)).claims).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for the matcher once, as it is made, and again on the next scan only if that failed', async () => {
    showClaim();
    const { load: request, arrive } = unavailable('the background did not send the matcher', page);
    const finder = engineFinder(request, dates, () => Promise.resolve(createPageDetector));
    expect(request).toHaveBeenCalledTimes(1);
    await expect(finder.find([document.body], immediately)).rejects.toThrow('did not send');
    expect(request).toHaveBeenCalledTimes(1);
    arrive();
    expect((await finder.find([document.body], immediately)).claims).toHaveLength(1);
    await finder.find([document.body], immediately);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('looks the publication date up once per article, not once per scan', async () => {
    showClaim();
    const publishedAt = vi.fn(() => '2025-07-20');
    const finder = engineFinder(matcher, { publishedAt, today: () => '2026-01-01' }, () =>
      Promise.resolve(createPageDetector),
    );
    for (let scan = 0; scan < 3; scan++) {
      const found = await finder.find([document.body], immediately);
      expect(found.claims[0]?.statusAtPublication).toBe('reported');
    }
    expect(publishedAt).toHaveBeenCalledTimes(1);
    finder.reset?.();
    await finder.find([document.body], immediately);
    expect(publishedAt).toHaveBeenCalledTimes(2);
  });

  it('forgets the article on reset, so a new route cannot refer back to the old one', async () => {
    document.body.innerHTML =
      '<p>President Trump signed an executive order letting 401(k) plans hold crypto.</p>';
    const finder = engineFinder(matcher, dates, () => Promise.resolve(createPageDetector));
    await finder.find([document.body], immediately);
    document.body.innerHTML = '<p>The order also directs the Labor Department to revisit its guidance.</p>';
    const continued = await finder.find([document.body], immediately);
    finder.reset?.();
    const afterReset = await finder.find([document.body], immediately);
    expect(continued.claims.map((c) => c.via)).toEqual(['context']);
    expect(afterReset.claims).toEqual([]);
  });
});
