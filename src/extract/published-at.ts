/**
 * The article's publication time from the page's metadata, in the order publishers
 * are most reliable about it: Open Graph article time, JSON-LD datePublished
 * (@graph and arrays included), schema.org microdata, other common meta tags, then
 * a <time datetime> in the article. ISO string, or null when the page says nothing.
 */
export function findPublishedAt(document: Document): string | null {
  const sources: (() => string | null | undefined)[] = [
    () =>
      meta(document, 'property', [
        'article:published_time',
        'og:article:published_time',
        'og:published_time',
      ]),
    () => fromJsonLd(document),
    () => {
      const item = document.querySelector('[itemprop="datePublished"]');
      return item?.getAttribute('content') ?? item?.getAttribute('datetime') ?? item?.textContent;
    },
    () =>
      meta(document, 'name', [
        'article:published_time',
        'pubdate',
        'publishdate',
        'publish-date',
        'publish_date',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.created',
        'dcterms.issued',
        'sailthru.date',
        'parsely-pub-date',
        'article.published',
        'original-publish-date',
      ]),
    () =>
      document
        .querySelector('article time[datetime], time[pubdate][datetime], main time[datetime]')
        ?.getAttribute('datetime'),
  ];
  for (const source of sources) {
    const date = normaliseDate(source());
    if (date) return date;
  }
  return null;
}

function meta(document: Document, attribute: 'name' | 'property', keys: string[]): string | null {
  for (const element of document.querySelectorAll(`meta[${attribute}]`)) {
    const key = element.getAttribute(attribute)?.toLowerCase() ?? '';
    if (keys.includes(key)) {
      const content = element.getAttribute('content');
      if (content?.trim()) return content;
    }
  }
  return null;
}

function fromJsonLd(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block on the page is not our error; try the next source
    }
    const found = datePublishedIn(data, 0);
    if (found) return found;
  }
  return null;
}

/** The first datePublished in a JSON-LD value, articles before other nodes. */
function datePublishedIn(value: unknown, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  const nodes = Array.isArray(value) ? value : [value];
  const isArticle = (node: Record<string, unknown>) =>
    /Article|Posting|Report/.test(String(node['@type'] ?? ''));
  const ordered = [...nodes].sort(
    (a, b) =>
      Number(isArticle(b as Record<string, unknown>)) - Number(isArticle(a as Record<string, unknown>)),
  );
  for (const node of ordered) {
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    const nested =
      datePublishedIn(record['@graph'], depth + 1) ?? datePublishedIn(record.mainEntity, depth + 1);
    if (nested) return nested;
  }
  return null;
}

const ISO_DAY =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO form of a date from metadata, keeping the publisher's own offset; null when it is not a plausible date. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = ISO_DAY.exec(value);
  if (iso) {
    const [, year, month, day, clock, zone] = iso;
    if (!plausible(Number(year), Number(month), Number(day))) return null;
    if (!clock) return `${year}-${month}-${day}`;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${year}-${month}-${day}T${clock}${offset}`;
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  return plausible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    ? date.toISOString()
    : null;
}

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
