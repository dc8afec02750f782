import * as z from 'zod/mini';

/**
 * The user's settings, kept in `storage.local` so content scripts read them without
 * the database. Written with `zod/mini` because the content script validates them
 * too and has a small size budget.
 */

/** "example.com" or "news.example.co.uk": a lowercase host name, no scheme, port or path. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const siteSchema = z
  .string()
  .check(z.regex(HOST, { error: 'expected a lowercase host name such as "news.example.com"' }));

function isHttpsOrEmpty(value: string): boolean {
  if (value === '') return true;
  return URL.canParse(value) && new URL(value).protocol === 'https:';
}

export const settingsSchema = z.strictObject({
  /** Statusmark does nothing on any page while paused. */
  paused: z._default(z.boolean(), false),
  /** Sites (host names) where Statusmark is off. */
  disabledSites: z._default(z.array(siteSchema).check(z.maxLength(10_000)), []),
  /** The signed KB feed to check; "" uses the build's default (which may be none). */
  feedUrl: z._default(
    z
      .string()
      .check(
        z.maxLength(2048),
        z.refine(isHttpsOrEmpty, { error: 'expected an https URL, or "" for the default feed' }),
      ),
    '',
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ paused: false, disabledSites: [], feedUrl: '' });

/** The site key of a page URL (its host name), or null for a URL Statusmark never annotates. */
export function siteOf(pageUrl: string): string | null {
  if (!URL.canParse(pageUrl)) return null;
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.hostname.toLowerCase();
}

/** True when Statusmark should annotate this page under these settings. */
export function isActiveOn(settings: Settings, pageUrl: string): boolean {
  const site = siteOf(pageUrl);
  return !settings.paused && site !== null && !settings.disabledSites.includes(site);
}
