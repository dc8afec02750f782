import { siteSchema } from '../../../settings/settings-schema';

/**
 * What the user typed as a site: a host name, or any page URL of the site (pasted from
 * the address bar). Null and a reason when it is neither. DOM-free.
 */
export function siteFromInput(text: string): { site: string } | { problem: string } {
  const value = text.trim();
  if (!value) return { problem: 'Enter a site, e.g. news.example.com' };
  let host = value.toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    if (!URL.canParse(value)) return { problem: `"${value}" is not a valid address` };
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { problem: 'Statusmark only runs on http and https pages' };
    host = url.hostname;
  } else {
    host = host.replace(/\/.*$/, '').replace(/:\d+$/, '');
  }
  host = host.replace(/\.$/, '');
  const parsed = siteSchema.safeParse(host);
  return parsed.success
    ? { site: parsed.data }
    : { problem: `"${value}" is not a site name such as news.example.com` };
}
