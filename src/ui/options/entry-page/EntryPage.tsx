import { useState } from 'preact/hooks';
import { OUTCOME_KINDS } from '../../../kb/schema';
import { todayIso } from '../../../kb/status';
import { requestFromPage } from '../../../messaging/send';
import type { KbItem } from '../../shared/entries-in-force';
import { readableDate, readableDateTime } from '../../shared/dates';
import { errorLines } from '../../shared/errors';
import { LocalMark, StatusChip } from '../../shared/StatusChip';
import { ConfirmDialog } from '../ConfirmDialog';
import { jurisdictionLabel, kindLabel } from '../labels';
import { entryHash, routeHash } from '../route';
import { useUndo } from '../undo';
import { useKb } from '../use-kb';
import { navigate } from '../use-route';
import { SourceList, EventList } from './EventList';
import { NotesPanel } from './NotesPanel';
import { TimelineAxis } from './TimelineAxis';

const OUTCOME_WORDS: Record<(typeof OUTCOME_KINDS)[number], string> = {
  vetoed: 'Vetoed',
  'died-in-committee': 'Died in committee',
  'failed-vote': 'Failed a vote',
  withdrawn: 'Withdrawn',
  'session-ended': 'Session ended',
  'enacted-without-provision': 'Enacted without this provision',
};

function OwnEntryActions({ item }: { item: KbItem }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const offerUndo = useUndo();
  const remove = async () => {
    setConfirming(false);
    try {
      const deleted = await requestFromPage({ type: 'deleteUserEntry', id: item.entry.id });
      navigate(routeHash({ page: 'kb', params: new URLSearchParams() }));
      offerUndo({
        message: `Deleted "${item.entry.title}"${deleted.notes.length ? ` and its ${deleted.notes.length} note(s)` : ''}.`,
        undo: () => requestFromPage({ type: 'restoreUserEntry', deleted }),
      });
    } catch (e) {
      setError(errorLines(e).join('; '));
    }
  };
  return (
    <div class="actions entry-actions">
      <a class="button" href={routeHash({ page: 'edit', id: item.entry.id })}>
        Edit entry
      </a>
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Delete entry
      </button>
      {confirming ? (
        <ConfirmDialog
          title="Delete this entry?"
          body={`"${item.entry.title}" and its notes will be deleted from this device. You can undo right after.`}
          confirmLabel="Delete"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Related({ ids, kb }: { ids: readonly string[]; kb: readonly KbItem[] }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related entries</h2>
      <ul class="related">
        {ids.map((id) => {
          const related = kb.find((item) => item.entry.id === id);
          return (
            <li key={id}>
              {related ? (
                <a href={entryHash(id)}>{related.entry.title}</a>
              ) : (
                <span>{id} (not in your KB)</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One entry in full: status now, timeline on an axis and as a list, sources, caveats, related, notes. */
export function EntryPage({ id }: { id: string }) {
  const kb = useKb();
  if (kb.state !== 'ready')
    return <p role="status">{kb.state === 'error' ? kb.error : 'Loading the entry\u2026'}</p>;
  const item = kb.value.find((i) => i.entry.id === id);
  if (!item) {
    return (
      <section>
        <h1 tabIndex={-1}>No entry "{id}"</h1>
        <p>
          It is not in your KB (it may have been deleted). <a href="#/">Back to the knowledge base</a>
        </p>
      </section>
    );
  }
  const { entry } = item;
  const today = todayIso();
  const axisEvents = [
    ...entry.events.map((e) => ({ date: e.date, status: e.status, local: false })),
    ...item.notes.flatMap((n) =>
      n.verified ? [{ date: n.verified.date, status: n.verified.status, local: true }] : [],
    ),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <article class="entry-page" data-entry-id={entry.id}>
      <p class="crumbs">
        <a href="#/">Knowledge base</a>
      </p>
      <h1 tabIndex={-1}>{entry.title}</h1>
      <p class="entry-status" data-testid="entry-status">
        <StatusChip status={item.status} />
        {item.since ? <span> since {readableDate(item.since)}</span> : null}
        {entry.outcome ? (
          <span class="chip outcome">
            Outcome: {OUTCOME_WORDS[entry.outcome.kind]}
            {entry.outcome.date ? `, ${readableDate(entry.outcome.date)}` : ''}
          </span>
        ) : null}
        {item.local ? <LocalMark /> : null}
      </p>
      <dl class="entry-meta">
        <dt>Kind</dt>
        <dd>{kindLabel(entry.kind)}</dd>
        <dt>Jurisdiction</dt>
        <dd>{jurisdictionLabel(entry.jurisdiction)}</dd>
        <dt>Scope</dt>
        <dd>
          {entry.scope === 'retirement'
            ? 'Retirement policy'
            : 'Adjacent (often confused with retirement policy)'}
        </dd>
        <dt>Confidence</dt>
        <dd>
          {entry.confidence === 'confirmed'
            ? 'Confirmed by primary sources'
            : 'Partly confirmed (some facts rest on secondary sources)'}
        </dd>
        <dt>Source</dt>
        <dd>
          {item.origin === 'local'
            ? `Your own entry${item.updatedAt ? `, changed ${readableDateTime(item.updatedAt)}` : ''}`
            : 'Shipped KB'}
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{entry.id}</code>
        </dd>
      </dl>
      {item.origin === 'local' ? <OwnEntryActions item={item} /> : null}
      <p class="summary">{entry.summary}</p>
      {entry.outcome ? (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">Outcome: {OUTCOME_WORDS[entry.outcome.kind]}</h2>
          <p>{entry.outcome.summary}</p>
          <SourceList sources={entry.outcome.sources} />
        </section>
      ) : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <TimelineAxis
          events={axisEvents}
          today={today}
          title={`Timeline of ${entry.title}`}
          describedBy="event-list"
        />
        <EventList id="event-list" events={entry.events} notes={item.notes} />
      </section>
      {entry.caveats.length ? (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading">Caveats</h2>
          <ul class="caveats">
            {entry.caveats.map((caveat, i) => (
              <li key={i}>{caveat}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Related ids={entry.related} kb={kb.value} />
      <NotesPanel entryId={entry.id} notes={item.notes} />
    </article>
  );
}
