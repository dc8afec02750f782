import { ENTRY_KINDS, STATUSES } from '../../../kb/schema';
import type { KbItem } from '../../shared/entries-in-force';
import { StatusChip } from '../../shared/StatusChip';
import { countryName, kindLabel } from '../labels';
import { jurisdictionOptions, type KbQuery, type StatusCounts } from './kb-query';

interface KbFiltersProps {
  query: KbQuery;
  items: readonly KbItem[];
  counts: StatusCounts;
  total: number;
  onChange(change: Partial<KbQuery>): void;
}

/** Search box, status counts (which also filter), and the other filters and sort. */
export function KbFilters({ query, items, counts, total, onChange }: KbFiltersProps) {
  return (
    <div class="kb-filters">
      <div class="field search">
        <label for="kb-search">Search titles, summaries and names</label>
        <input
          id="kb-search"
          type="search"
          value={query.text}
          placeholder="e.g. 401(k) order, HB 487, GPIF"
          onInput={(e) => onChange({ text: e.currentTarget.value })}
        />
      </div>
      <div class="status-counts" role="group" aria-label="Filter by status now">
        <button type="button" aria-pressed={query.status === ''} onClick={() => onChange({ status: '' })}>
          All <span class="n">{total}</span>
        </button>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={query.status === status}
            onClick={() => onChange({ status: query.status === status ? '' : status })}
          >
            <StatusChip status={status} /> <span class="n">{counts[status]}</span>
          </button>
        ))}
      </div>
      <div class="filter-row">
        <div class="field">
          <label for="kb-where">Jurisdiction</label>
          <select
            id="kb-where"
            value={query.jurisdiction}
            onChange={(e) => onChange({ jurisdiction: e.currentTarget.value })}
          >
            <option value="">All jurisdictions</option>
            {jurisdictionOptions(items).map((o) => (
              <option key={o.value} value={o.value}>
                {o.region ? `\u00a0\u00a0${o.region} (${o.country})` : countryName(o.country)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="kb-kind">Kind</label>
          <select
            id="kb-kind"
            value={query.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as KbQuery['kind'] })}
          >
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="kb-scope">Scope</label>
          <select
            id="kb-scope"
            value={query.scope}
            onChange={(e) => onChange({ scope: e.currentTarget.value as KbQuery['scope'] })}
          >
            <option value="">Retirement and adjacent</option>
            <option value="retirement">Retirement policy</option>
            <option value="adjacent">Adjacent (often confused)</option>
          </select>
        </div>
        <div class="field">
          <label for="kb-origin">Source</label>
          <select
            id="kb-origin"
            value={query.origin}
            onChange={(e) => onChange({ origin: e.currentTarget.value as KbQuery['origin'] })}
          >
            <option value="">Shipped and local</option>
            <option value="shipped">Shipped KB</option>
            <option value="local">Local (yours)</option>
          </select>
        </div>
        <div class="field">
          <label for="kb-sort">Sort by</label>
          <select
            id="kb-sort"
            value={query.sort}
            onChange={(e) => onChange({ sort: e.currentTarget.value as KbQuery['sort'] })}
          >
            <option value="last-change">Last change, newest first</option>
            <option value="title">Title, A to Z</option>
          </select>
        </div>
      </div>
    </div>
  );
}
