import { ENTRY_KINDS, STATUSES, type EntryKind, type Status } from '../../../kb/schema';
import type { KbItem } from '../../shared/entries-in-force';

/**
 * Search, filters, sort and counts of the KB browser. DOM-free and kept in the URL
 * (`#/?q=...&status=...`), so a search survives opening an entry and coming back.
 */

export type SortKey = 'last-change' | 'title';
export type StatusFilter = Status | 'none' | '';

export interface KbQuery {
  text: string;
  status: StatusFilter;
  /** "" (all), "US" (a country) or "US/Florida" (a region of it). */
  jurisdiction: string;
  kind: EntryKind | '';
  scope: 'retirement' | 'adjacent' | '';
  origin: 'shipped' | 'local' | '';
  sort: SortKey;
}

export const EMPTY_QUERY: KbQuery = {
  text: '',
  status: '',
  jurisdiction: '',
  kind: '',
  scope: '',
  origin: '',
  sort: 'last-change',
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((a) => a === value) ?? fallback;

export function queryFromParams(params: URLSearchParams): KbQuery {
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    status: oneOf<StatusFilter>(params.get('status'), [...STATUSES, 'none', ''], ''),
    jurisdiction: (params.get('where') ?? '').slice(0, 120),
    kind: oneOf<EntryKind | ''>(params.get('kind'), [...ENTRY_KINDS, ''], ''),
    scope: oneOf(params.get('scope'), ['retirement', 'adjacent', ''] as const, ''),
    origin: oneOf(params.get('origin'), ['shipped', 'local', ''] as const, ''),
    sort: oneOf<SortKey>(params.get('sort'), ['last-change', 'title'], 'last-change'),
  };
}

export function paramsFromQuery(query: KbQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string, fallback = '') => value !== fallback && params.set(key, value);
  set('q', query.text);
  set('status', query.status);
  set('where', query.jurisdiction);
  set('kind', query.kind);
  set('scope', query.scope);
  set('origin', query.origin);
  set('sort', query.sort, 'last-change');
  return params;
}

/**
 * Text as the search compares it: no accents, lower case, hyphens and slashes as
 * spaces, other punctuation dropped, so "401k" finds "401(k)" and "hr 5748" "H.R. 5748".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-/_\u2010-\u2015]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const haystacks = new WeakMap<KbItem, string>();
/** What an entry is found by: its title, summary, detection names (aliases) and id. */
function haystackOf(item: KbItem): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    const { entry } = item;
    text = ` ${foldText([entry.title, entry.summary, ...entry.detect.names, entry.id].join(' \n '))} `;
    haystacks.set(item, text);
  }
  return text;
}

/** Every word of the query appears in the entry's title, summary, names or id. */
export function matchesText(item: KbItem, text: string): boolean {
  const words = foldText(text).split(' ').filter(Boolean);
  const haystack = haystackOf(item);
  return words.every((word) => haystack.includes(word));
}

export const jurisdictionKey = (item: KbItem) =>
  item.entry.jurisdiction.region
    ? `${item.entry.jurisdiction.country}/${item.entry.jurisdiction.region}`
    : item.entry.jurisdiction.country;

function matchesJurisdiction(item: KbItem, filter: string): boolean {
  if (!filter) return true;
  const [country, region] = filter.split('/', 2);
  return (
    item.entry.jurisdiction.country === country && (!region || item.entry.jurisdiction.region === region)
  );
}

/** Every filter except status: the status counts are taken over these. */
function matchesAllButStatus(item: KbItem, query: KbQuery): boolean {
  return (
    matchesText(item, query.text) &&
    matchesJurisdiction(item, query.jurisdiction) &&
    (!query.kind || item.entry.kind === query.kind) &&
    (!query.scope || item.entry.scope === query.scope) &&
    (!query.origin || (query.origin === 'local' ? item.local : !item.local))
  );
}

const matchesStatus = (item: KbItem, status: StatusFilter) =>
  status === '' || (status === 'none' ? item.status === null : item.status === status);

export type StatusCounts = Record<Status | 'none', number>;

export interface KbResults {
  items: KbItem[];
  /** How many entries each status would show, with the other filters applied. */
  counts: StatusCounts;
  /** Entries the other filters leave, whatever their status. */
  total: number;
}

const byTitle = (a: KbItem, b: KbItem) =>
  a.entry.title.localeCompare(b.entry.title, 'en', { sensitivity: 'base', numeric: true });

export function runKbQuery(all: readonly KbItem[], query: KbQuery): KbResults {
  const unfiltered = all.filter((item) => matchesAllButStatus(item, query));
  const counts: StatusCounts = { proposed: 0, reported: 0, official: 0, rescinded: 0, none: 0 };
  for (const item of unfiltered) counts[item.status ?? 'none']++;
  const items = unfiltered.filter((item) => matchesStatus(item, query.status));
  items.sort(
    query.sort === 'title'
      ? byTitle
      : (a, b) => (a.lastChange < b.lastChange ? 1 : a.lastChange > b.lastChange ? -1 : byTitle(a, b)),
  );
  return { items, counts, total: unfiltered.length };
}

/** The jurisdictions present, as filter options: each country, then its regions. */
export function jurisdictionOptions(
  all: readonly KbItem[],
): { value: string; country: string; region?: string }[] {
  const keys = new Set<string>();
  for (const item of all) {
    keys.add(item.entry.jurisdiction.country);
    keys.add(jurisdictionKey(item));
  }
  return [...keys].sort().map((value) => {
    const [country = value, region] = value.split('/', 2);
    return region ? { value, country, region } : { value, country };
  });
}
