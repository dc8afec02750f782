// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { joinPageMatcher, splitPageMatcher, type MatcherPart } from '../../src/messaging/matcher-parts';
import type { PageMatcher } from '../../src/messaging/matcher-port';
import { createPageDetector } from '../../src/page/detector-module';
import { engineFinder } from '../../src/page/engine-finder';
import { fixtureEntries } from '../detect/kb-fixture';
import { withoutPauses } from './helpers/without-pauses';

const whole: PageMatcher = { prepared: prepareMatcher(fixtureEntries), localEntryIds: [], kbVersion: 1 };
const carried = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The matcher as a page gets it from the background in two deliveries (small pieces, so the fixture KB is "large"). */
function delivered(key: string) {
  const { first, now, later } = splitPageMatcher(whole, 256);
  const page: PageMatcher = { ...joinPageMatcher(carried(first), carried(now)), rest: key };
  return { page, later: carried(later) };
}

const dates = { publishedAt: () => '2025-07-20', today: () => '2026-01-01' };
const immediately = withoutPauses();
const detector = () => Promise.resolve(createPageDetector);
const showClaim = () => {
  document.body.innerHTML =
    '<p>President Trump may sign an executive order letting 401(k) plans hold crypto.</p>';
};

describe('a large matcher delivered in two parts', () => {
  it('gets the automaton first; a page without a KB term never asks for the rest', async () => {
    const { page, later } = delivered('k1');
    expect(later.length).toBeGreaterThan(1);
    const requestRest = vi.fn(async () => later);
    document.body.innerHTML = '<p>Bitcoin rose 3 percent on Tuesday as traders weighed jobs data.</p>';
    const finder = engineFinder(async () => page, { ...dates, requestRest }, detector);
    expect((await finder.find([document.body], immediately)).claims).toEqual([]);
    expect(requestRest).not.toHaveBeenCalled();
  });

  it('asks for the rest by its key when a KB term appears, and badges what the whole matcher badges', async () => {
    const { page, later } = delivered('k1');
    const requestRest = vi.fn(async (_key: string) => later);
    const stages: string[] = [];
    const mark = (stage: string) => void stages.push(stage);
    showClaim();
    const found = await engineFinder(async () => page, { ...dates, requestRest, mark }, detector).find(
      [document.body],
      immediately,
    );
    expect(requestRest.mock.calls).toEqual([['k1']]);
    expect(stages).toContain('matcher-rest-loaded');
    // A matcher that came whole has no rest to load.
    const wholeStages: string[] = [];
    const markWhole = (stage: string) => void wholeStages.push(stage);
    const direct = await engineFinder(async () => whole, { ...dates, mark: markWhole }, detector).find(
      [document.body],
      immediately,
    );
    expect(wholeStages).toContain('detector-loaded');
    expect(wholeStages).not.toContain('matcher-rest-loaded');
    expect(found.claims.map((c) => [c.entryId, c.claimedStatus])).toEqual([['eo-401k', 'reported']]);
    expect(found.claims).toEqual(direct.claims);
  });

  it('asks for a new matcher, and its rest, when the rest it had is refused (the KB changed meanwhile)', async () => {
    const deliveries = [delivered('old'), delivered('new')];
    const requestMatcher = vi.fn(async () => deliveries[requestMatcher.mock.calls.length - 1]!.page);
    const requestRest = vi.fn(async (key: string): Promise<MatcherPart[]> => {
      if (key === 'old') throw new Error('the knowledge base changed since this matcher was prepared');
      return deliveries[1]!.later;
    });
    showClaim();
    const found = await engineFinder(requestMatcher, { ...dates, requestRest }, detector).find(
      [document.body],
      immediately,
    );
    expect(requestRest.mock.calls).toEqual([['old'], ['new']]);
    expect(requestMatcher).toHaveBeenCalledTimes(2);
    expect(found.claims.map((c) => c.entryId)).toEqual(['eo-401k']);
  });

  it('fails the pass when the rest cannot be had at all', async () => {
    const { page } = delivered('k1');
    const requestRest = vi.fn(async (): Promise<MatcherPart[]> => {
      throw new Error('the background closed the connection');
    });
    showClaim();
    const finder = engineFinder(async () => page, { ...dates, requestRest }, detector);
    await expect(finder.find([document.body], immediately)).rejects.toThrow('closed the connection');
    expect(requestRest).toHaveBeenCalledTimes(2);
  });
});
