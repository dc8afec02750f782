import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeClaim } from '../../page/page-text';
import { STATUS_WORDS, badgeView, staleStatus } from '../badge/status-words';
import type { EntryDetails } from './entry-details';
import { excerpt } from '../shared/excerpt';
import { Timeline } from './Timeline';
import { OUTCOME_WORDS } from '../../detect/status-words';

export type DetailsState =
  { kind: 'loading' } | { kind: 'ready'; details: EntryDetails } | { kind: 'missing' };

export interface PopoverProps {
  claim: BadgeClaim;
  /** The article's publication day (YYYY-MM-DD), or null when the page does not say. */
  publishedAt: string | null;
  details: DetailsState;
  onClose(): void;
  /** Resolves to true when the citation reached the clipboard. */
  onCopyCitation(): Promise<boolean>;
  onDismiss(): void;
}

/** How much of the claimed sentence the popover quotes: enough to tell which one, on any page. */
const MAX_QUOTE = 240;

/** The facts behind one badge. Every string is rendered as text, never as HTML. */
export function Popover(props: PopoverProps) {
  const { claim, publishedAt, details } = props;
  const view = badgeView(claim);
  const dialog = useRef<HTMLDivElement>(null);
  const [copyNote, setCopyNote] = useState('');
  useEffect(() => dialog.current?.focus(), [claim]);
  if (!view) return null;
  const stale = staleStatus(view);
  const entry = details.kind === 'ready' ? details.details.entry : null;
  const copy = async () =>
    setCopyNote((await props.onCopyCitation()) ? 'Citation copied.' : 'Could not copy.');

  return (
    <div
      class="popover"
      role="dialog"
      aria-labelledby="sm-title"
      tabIndex={-1}
      ref={dialog}
      data-status={view.currentStatus}
    >
      <div class="head">
        <h2 id="sm-title">{claim.entryTitle}</h2>
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          {'\u00d7'}
        </button>
      </div>
      <p class="now">
        <span class={`chip chip-${view.currentStatus}`}>{STATUS_WORDS[view.currentStatus]}</span>
        {view.currentSince ? ` since ${view.currentSince}` : ''}
        {entry?.outcome ? (
          <span class="outcome">
            {' \u00b7 '}
            {OUTCOME_WORDS[entry.outcome.kind] ?? entry.outcome.kind}
            {entry.outcome.date ? ` ${entry.outcome.date}` : ''}
          </span>
        ) : null}
        {view.local ? <span class="local">{' \u00b7 local'}</span> : null}
      </p>
      <p class="claim-sentence">
        <span class="visually-hidden">The sentence on this page: </span>
        {'\u201c'}
        {excerpt(claim.sentence, MAX_QUOTE)}
        {'\u201d'}
      </p>
      <dl class="facts">
        <dt>{publishedAt ? `At publication (${publishedAt})` : 'At publication'}</dt>
        <dd>
          {!publishedAt
            ? 'date not found on the page'
            : view.statusAtPublication
              ? STATUS_WORDS[view.statusAtPublication]
              : 'not yet in the KB'}
        </dd>
        <dt>This sentence claims</dt>
        <dd>{claim.claimedStatus ? STATUS_WORDS[claim.claimedStatus] : 'no particular status'}</dd>
      </dl>
      {stale ? (
        <p class="outdated" role="note">
          Outdated: {STATUS_WORDS[stale]} {'\u2192'} now {STATUS_WORDS[view.currentStatus]}. {claim.note}
        </p>
      ) : null}
      {details.kind === 'loading' ? <p class="muted">Loading the timeline{'\u2026'}</p> : null}
      {details.kind === 'missing' ? <p class="muted">The timeline is not available right now.</p> : null}
      {entry ? (
        <>
          <h3>Timeline</h3>
          <Timeline events={entry.events} />
          {entry.caveats.length > 0 ? (
            <>
              <h3>Caveats</h3>
              <ul class="caveats">
                {entry.caveats.map((caveat, i) => (
                  <li key={i}>{caveat}</li>
                ))}
              </ul>
            </>
          ) : null}
          {details.kind === 'ready' && details.details.localNote ? (
            <p class="note">Your note: {details.details.localNote}</p>
          ) : null}
        </>
      ) : null}
      <p class="why">
        Why it matched: {claim.why.join(', ')}
        {claim.via === 'context' ? ' (refers back to an earlier sentence)' : ''}
      </p>
      <div class="actions">
        <button type="button" onClick={copy} disabled={details.kind !== 'ready'}>
          Copy citation
        </button>
        <button type="button" onClick={props.onDismiss}>
          Not this claim
        </button>
        <span class="status-note" role="status" aria-live="polite">
          {copyNote}
        </span>
      </div>
    </div>
  );
}
