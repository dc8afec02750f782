import BADGE_CSS from './badge.css?inline';
import { sharedStyles } from '../../page/shared-styles';
import { isOwnNode, markOwn } from '../../page/own-nodes';
import { OUTCOME_WORDS, STATUS_WORDS, badgeAriaLabel, staleStatus, type BadgeView } from './status-words';

/**
 * The badge: a plain `statusmark-badge` element with an open shadow root (no custom
 * element definition: `customElements` is null in Chromium's content-script world).
 *
 * Host attributes are a stable contract for tests and other tools:
 * - `data-entry-id`: the KB entry
 * - `data-status`: the entry's status now
 * - `data-claimed-status`: what the sentence claims ("" when it claims none)
 * - `data-status-at-publication`: the status when the article was published ("" when unknown)
 * - `data-outdated`: "true" or "false"
 * - `data-local`: "true" when the status comes from the reader's own entry or note
 * - `data-outcome`: how a proposal ended without becoming official ("vetoed"...), when it did
 */
export const BADGE_TAG = 'statusmark-badge';

const adoptBadgeStyles = sharedStyles(BADGE_CSS);
/** A badge this script made (the page may clone a host: a clone is not ours). */
export function isOwnBadge(node: Node | null | undefined): node is HTMLElement {
  return isOwnNode(node) && (node as Element).localName === BADGE_TAG;
}

export function createBadge(doc: Document, view: BadgeView): HTMLElement {
  const host = markOwn(doc.createElement(BADGE_TAG));
  host.setAttribute('role', 'button');
  host.tabIndex = 0;
  const root = host.attachShadow({ mode: 'open' });
  adoptBadgeStyles(root);
  renderBadge(host, view);
  return host;
}

/** Sets the host attributes and redraws the shadow content for `view`. */
export function renderBadge(host: HTMLElement, view: BadgeView): void {
  host.setAttribute('data-entry-id', view.entryId);
  host.setAttribute('data-status', view.currentStatus);
  host.setAttribute('data-claimed-status', view.claimedStatus ?? '');
  host.setAttribute('data-status-at-publication', view.statusAtPublication ?? '');
  host.setAttribute('data-outdated', String(view.outdated));
  if (view.local) host.setAttribute('data-local', 'true');
  else host.removeAttribute('data-local');
  if (view.outcome) host.setAttribute('data-outcome', view.outcome);
  else host.removeAttribute('data-outcome');
  host.setAttribute('aria-label', badgeAriaLabel(view));

  // Few nodes per badge (pages can have hundreds): the icon is the badge's ::before.
  const root = host.shadowRoot;
  if (!root) return;
  const doc = host.ownerDocument;
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('part', 'badge');
  badge.setAttribute('aria-hidden', 'true');
  const stale = staleStatus(view);
  if (stale) {
    const was = doc.createElement('s');
    was.textContent = STATUS_WORDS[stale];
    badge.append(was, ` \u2192 now ${STATUS_WORDS[view.currentStatus]}`);
  } else badge.textContent = STATUS_WORDS[view.currentStatus];
  if (view.outcome) {
    const outcome = doc.createElement('span');
    outcome.className = 'outcome';
    outcome.textContent = ` \u00b7 ${OUTCOME_WORDS[view.outcome]}`;
    badge.append(outcome);
  }
  if (view.local) {
    const local = doc.createElement('span');
    local.className = 'local';
    local.textContent = 'local';
    badge.append(local);
  }
  root.replaceChildren(badge);
}
