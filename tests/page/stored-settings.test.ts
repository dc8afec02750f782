import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isActiveFor, readActive, storedDismissals } from '../../src/page/stored-settings';
import { dismissalsForPage } from '../../src/settings/dismissals';
import { updateSettings } from '../../src/settings/settings';

describe('settings as the content script reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('annotates by default, and not while paused or on a site turned off', () => {
    expect(isActiveFor(undefined, 'https://news.example/a')).toBe(true);
    expect(isActiveFor({ paused: true }, 'https://news.example/a')).toBe(false);
    expect(isActiveFor({ disabledSites: ['news.example'] }, 'https://NEWS.example/a')).toBe(false);
    expect(isActiveFor({ disabledSites: ['other.example'] }, 'https://news.example/a')).toBe(true);
    expect(isActiveFor('garbage', 'https://news.example/a')).toBe(true);
    expect(isActiveFor({}, 'file:///tmp/a.html')).toBe(false);
  });

  it('reads what the settings module writes', async () => {
    await updateSettings({ disabledSites: ['news.example'] });
    expect(await readActive('https://news.example/story')).toBe(false);
    expect(await readActive('https://other.example/story')).toBe(true);
    await updateSettings({ disabledSites: [], paused: true });
    expect(await readActive('https://other.example/story')).toBe(false);
  });

  it('writes dismissals the settings module reads back (export, import, options page)', async () => {
    await storedDismissals.save('https://news.example/story', {
      entryId: 'us-nc-h92',
      fingerprint: 's1-0011223344556677',
    });
    await storedDismissals.save('https://news.example/story', {
      entryId: 'us-nc-h92',
      fingerprint: 's1-0011223344556677',
    });
    const stored = await dismissalsForPage('https://news.example/story?utm=x');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ entryId: 'us-nc-h92', fingerprint: 's1-0011223344556677' });
    expect(await storedDismissals.load('https://news.example/story')).toHaveLength(1);
    expect(await storedDismissals.load('https://news.example/other')).toHaveLength(0);
  });
});
