import { useMemo, useState } from 'preact/hooks';
import type { KbItem } from '../../shared/entries-in-force';
import { readableDate } from '../../shared/dates';
import { LocalMark, StatusChip } from '../../shared/StatusChip';
import { jurisdictionLabel, kindLabel } from '../labels';
import { entryHash, routeHash } from '../route';
import { useKb } from '../use-kb';
import { KbFilters } from './KbFilters';
import { paramsFromQuery, queryFromParams, runKbQuery, type KbQuery } from './kb-query';

function KbCard({ item }: { item: KbItem }) {
  const { entry } = item;
  return (
    <li
      class="kb-card"
      data-entry-id={entry.id}
      data-status={item.status ?? ''}
      data-local={String(item.local)}
    >
      <h2>
        <a href={entryHash(entry.id)}>{entry.title}</a>
      </h2>
      <p class="kb-card-status">
        <StatusChip status={item.status} />
        {item.since ? <span class="since">since {readableDate(item.since)}</span> : null}
        {item.local ? <LocalMark /> : null}
      </p>
      <p class="kb-card-meta">
        {kindLabel(entry.kind)} {'\u00b7'} {jurisdictionLabel(entry.jurisdiction)} {'\u00b7'} last change{' '}
        {readableDate(item.lastChange)}
      </p>
      <p class="kb-card-summary">{entry.summary}</p>
    </li>
  );
}

/** The KB browser: search, filters and counts over shipped and own entries, kept in the URL. */
export function KbBrowser({ params }: { params: URLSearchParams }) {
  const kb = useKb();
  const [query, setQuery] = useState<KbQuery>(() => queryFromParams(params));
  const change = (delta: Partial<KbQuery>) => {
    const next = { ...query, ...delta };
    setQuery(next);
    // Replace, not push: a search is not a history step, but it survives opening an entry and coming back.
    history.replaceState(null, '', routeHash({ page: 'kb', params: paramsFromQuery(next) }));
  };
  const all = kb.state === 'ready' ? kb.value : [];
  const results = useMemo(() => runKbQuery(all, query), [all, query]);
  return (
    <section aria-labelledby="kb-heading">
      <h1 id="kb-heading" tabIndex={-1}>
        Knowledge base
      </h1>
      <KbFilters query={query} items={all} counts={results.counts} total={results.total} onChange={change} />
      <p class="result-count" role="status" data-testid="result-count">
        {kb.state === 'loading'
          ? 'Loading entries\u2026'
          : kb.state === 'error'
            ? `The KB could not be read: ${kb.error}`
            : `${results.items.length} of ${all.length} entries`}
      </p>
      <ul class="kb-list">
        {results.items.map((item) => (
          <KbCard key={`${item.origin}:${item.entry.id}`} item={item} />
        ))}
      </ul>
    </section>
  );
}
