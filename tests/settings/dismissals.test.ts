import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissalsForPage,
  dismissClaim,
  listDismissals,
  MAX_DISMISSALS,
  saveDismissals,
  undismissClaim,
} from '../../src/settings/dismissals';

beforeEach(() => fakeBrowser.reset());

const claim = {
  pageUrl: 'https://news.example.com/story?id=4#comments',
  entryId: 'us-eo-14330-alt-assets-401k',
  fingerprint: 's1-9f2c',
};

describe('dismissed claims ("Not this claim")', () => {
  it('records a dismissal keyed by the page without query or #fragment', async () => {
    const dismissal = await dismissClaim(claim, new Date('2026-03-01T00:00:00Z'));
    expect(dismissal).toEqual({
      pageUrl: 'https://news.example.com/story',
      entryId: 'us-eo-14330-alt-assets-401k',
      fingerprint: 's1-9f2c',
      dismissedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(await dismissalsForPage('https://news.example.com/story?utm_source=x#top')).toEqual([dismissal]);
    expect(await dismissalsForPage('https://news.example.com/other')).toEqual([]);
  });

  it('keeps one dismissal per claim and undoes it', async () => {
    await dismissClaim(claim);
    await dismissClaim(claim);
    expect(await listDismissals()).toHaveLength(1);
    expect(await undismissClaim(claim)).toBe(true);
    expect(await undismissClaim(claim)).toBe(false);
    expect(await listDismissals()).toEqual([]);
  });

  it('refuses a javascript: page and a bad entry id', async () => {
    await expect(dismissClaim({ ...claim, pageUrl: 'javascript:alert(1)' })).rejects.toThrow();
    await expect(dismissClaim({ ...claim, entryId: 'Not An Id' })).rejects.toThrow();
    expect(await listDismissals()).toEqual([]);
  });

  it('keeps only the newest dismissals past the cap', async () => {
    const many = Array.from({ length: MAX_DISMISSALS + 2 }, (_, i) => ({
      pageUrl: `https://news.example.com/${i}`,
      entryId: 'some-entry',
      fingerprint: `f${i}`,
      dismissedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }));
    await saveDismissals(many);
    const kept = await listDismissals();
    expect(kept).toHaveLength(MAX_DISMISSALS);
    expect(kept[0]?.fingerprint).toBe('f2');
  });
});
