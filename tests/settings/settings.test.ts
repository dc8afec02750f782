import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  saveSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
} from '../../src/settings/settings';
import { DEFAULT_SETTINGS, isActiveOn } from '../../src/settings/settings-schema';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads the defaults before anything is saved', async () => {
    expect(await getSettings()).toEqual({ paused: false, disabledSites: [], feedUrl: '' });
  });

  it('saves a change and reads it back from storage.local', async () => {
    await updateSettings({ paused: true, feedUrl: 'https://kb.example.org/feed.json' });
    expect(await getSettings()).toEqual({
      paused: true,
      disabledSites: [],
      feedUrl: 'https://kb.example.org/feed.json',
    });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { paused: true, disabledSites: [], feedUrl: 'https://kb.example.org/feed.json' },
    });
  });

  it('refuses an http feed URL and a site that is not a host name, saving nothing', async () => {
    await expect(updateSettings({ feedUrl: 'http://kb.example.org/feed.json' })).rejects.toThrow(/https URL/);
    await expect(updateSettings({ disabledSites: ['https://Example.com/path'] })).rejects.toThrow(
      /host name/,
    );
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a damaged stored value as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { paused: 'yes', disabledSites: 7 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('turns a site off and on again', async () => {
    await setSiteEnabled('news.example.com', false);
    await setSiteEnabled('blog.example.org', false);
    expect((await getSettings()).disabledSites).toEqual(['blog.example.org', 'news.example.com']);
    await setSiteEnabled('news.example.com', true);
    expect((await getSettings()).disabledSites).toEqual(['blog.example.org']);
  });

  it('tells watchers about a change made elsewhere', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.paused));
    await saveSettings({ paused: true });
    unwatch();
    await saveSettings({ paused: false });
    expect(seen).toEqual([true]);
  });
});

describe('where Statusmark is active', () => {
  it('is off everywhere while paused, off on disabled sites, on elsewhere', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] };
    expect(isActiveOn(settings, 'https://news.example.com/a')).toBe(false);
    expect(isActiveOn(settings, 'https://other.example.com/a')).toBe(true);
    expect(isActiveOn({ ...settings, paused: true }, 'https://other.example.com/a')).toBe(false);
    expect(isActiveOn(settings, 'file:///tmp/a.html')).toBe(false);
  });
});
