import { browser } from 'wxt/browser';
import type { PageClaim } from '../../messaging/protocol';
import { STATUS_WORDS } from '../badge/status-words';
import { LocalMark, OutdatedMark, StatusChip } from '../shared/StatusChip';
import { excerpt } from '../shared/excerpt';
import { groupByStatus } from './group-claims';

interface ClaimListProps {
  claims: readonly PageClaim[];
  onFocusClaim(claim: PageClaim): void;
}

function StatusChange({ claim }: { claim: PageClaim }) {
  const then = claim.statusAtPublication ? STATUS_WORDS[claim.statusAtPublication] : 'No status yet';
  const now = claim.currentStatus ? STATUS_WORDS[claim.currentStatus] : 'No status yet';
  const since = claim.currentSince ? ` (since ${claim.currentSince})` : '';
  return (
    <p class="change">
      At publication: <strong>{then}</strong> {'\u2192'} now: <strong>{now}</strong>
      {since}
    </p>
  );
}

/** The page's claims grouped by status now; a click scrolls the page to the badge. */
export function ClaimList({ claims, onFocusClaim }: ClaimListProps) {
  const entryUrl = (id: string) =>
    `${browser.runtime.getURL('/options.html')}#/entry/${encodeURIComponent(id)}`;
  return (
    <div class="groups">
      {groupByStatus(claims).map((group) => (
        <section
          class="group"
          key={group.status ?? 'none'}
          aria-labelledby={`group-${group.status ?? 'none'}`}
        >
          <h2 id={`group-${group.status ?? 'none'}`}>
            <StatusChip status={group.status} /> <span class="count">{group.claims.length}</span>
          </h2>
          <ul class="claims">
            {group.claims.map((claim) => (
              <li
                key={claim.key}
                class="claim"
                data-entry-id={claim.entryId}
                data-status={claim.currentStatus ?? ''}
              >
                <button type="button" class="claim-jump" onClick={() => onFocusClaim(claim)}>
                  <span class="visually-hidden">Show on the page: </span>
                  <q>{excerpt(claim.sentence)}</q>
                </button>
                <p class="entry-title">
                  <a href={entryUrl(claim.entryId)} target="_blank" rel="noopener noreferrer">
                    {claim.entryTitle}
                  </a>
                </p>
                <StatusChange claim={claim} />
                {claim.outdated || claim.local ? (
                  <p class="marks">
                    {claim.outdated ? <OutdatedMark /> : null} {claim.local ? <LocalMark /> : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
