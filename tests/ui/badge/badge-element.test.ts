// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBadge, isOwnBadge, renderBadge } from '../../../src/ui/badge/badge-element';
import type { BadgeView } from '../../../src/ui/badge/status-words';

const view: BadgeView = {
  entryId: 'us-eo-14330-alt-assets-401k',
  entryTitle: 'Executive Order 14330',
  currentStatus: 'official',
  currentSince: '2025-08-07',
  claimedStatus: 'reported',
  statusAtPublication: 'reported',
  outdated: true,
  local: false,
  outcome: null,
};

describe('status badge element', () => {
  it('carries the data-* contract on its host', () => {
    const host = createBadge(document, view);
    expect(host.localName).toBe('statusmark-badge');
    expect(host.dataset).toMatchObject({
      entryId: 'us-eo-14330-alt-assets-401k',
      status: 'official',
      claimedStatus: 'reported',
      statusAtPublication: 'reported',
      outdated: 'true',
    });
    expect(host.hasAttribute('data-local')).toBe(false);
  });

  it('writes an empty attribute when the sentence claims no status', () => {
    const host = createBadge(document, {
      ...view,
      claimedStatus: null,
      statusAtPublication: null,
      outdated: false,
    });
    expect(host.getAttribute('data-claimed-status')).toBe('');
    expect(host.getAttribute('data-status-at-publication')).toBe('');
    expect(host.getAttribute('data-outdated')).toBe('false');
  });

  it('shows an outdated claim as "Reported -> now Official" in words, not colour alone', () => {
    const host = createBadge(document, view);
    expect(host.shadowRoot?.textContent).toBe('Reported \u2192 now Official');
    expect(host.shadowRoot?.querySelector('s')?.textContent).toBe('Reported');
  });

  it('shows only the current status when the claim is up to date', () => {
    const host = createBadge(document, { ...view, claimedStatus: 'official', outdated: false });
    expect(host.shadowRoot?.textContent).toBe('Official');
  });

  it('is a focusable button whose label reads the whole status sentence', () => {
    const host = createBadge(document, view);
    expect(host.getAttribute('role')).toBe('button');
    expect(host.tabIndex).toBe(0);
    expect(host.getAttribute('aria-label')).toBe(
      'Statusmark: Official since 2025-08-07, Executive Order 14330. Outdated: the article says reported. Open details.',
    );
  });

  it('marks a status that comes from the reader\u2019s own notes as local', () => {
    const host = createBadge(document, { ...view, local: true, outdated: false, claimedStatus: null });
    expect(host.getAttribute('data-local')).toBe('true');
    expect(host.shadowRoot?.querySelector('.local')?.textContent).toBe('local');
    expect(host.getAttribute('aria-label')).toContain('Status from your own notes.');
  });

  it('says beside the status how a proposal ended ("Proposed \u00b7 vetoed")', () => {
    const host = createBadge(document, {
      ...view,
      currentStatus: 'proposed',
      claimedStatus: 'proposed',
      statusAtPublication: 'proposed',
      outdated: false,
      outcome: 'vetoed',
    });
    expect(host.shadowRoot?.textContent).toBe('Proposed \u00b7 vetoed');
    expect(host.getAttribute('data-outcome')).toBe('vetoed');
    expect(host.getAttribute('aria-label')).toContain(
      'Statusmark: Proposed since 2025-08-07 (vetoed), Executive Order 14330.',
    );
  });

  it('redraws in place when the status changes', () => {
    const host = createBadge(document, view);
    renderBadge(host, { ...view, currentStatus: 'rescinded', outdated: false, claimedStatus: 'rescinded' });
    expect(host.dataset.status).toBe('rescinded');
    expect(host.shadowRoot?.querySelectorAll('.badge')).toHaveLength(1);
    expect(host.shadowRoot?.textContent).toBe('Rescinded');
  });

  it('shares one stylesheet between all badges instead of a copy per badge', () => {
    const a = createBadge(document, view);
    const b = createBadge(document, view);
    const sheetsA = a.shadowRoot?.adoptedStyleSheets ?? [];
    expect(sheetsA).toHaveLength(1);
    expect(b.shadowRoot?.adoptedStyleSheets[0]).toBe(sheetsA[0]);
    expect(a.shadowRoot?.querySelector('style')).toBeNull();
  });

  it('tells its own badges from a copy the page cloned', () => {
    const host = createBadge(document, view);
    expect(isOwnBadge(host)).toBe(true);
    expect(isOwnBadge(host.cloneNode(true))).toBe(false);
  });
});
