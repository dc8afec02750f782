// Bundled into a test page by annotate-badge-cost.measure.ts: two ways to make N badges.
import { createIsolatedElement } from '@webext-core/isolated-element';
import { createBadge } from '../../../src/ui/badge/badge-element';
import BADGE_CSS from '../../../src/ui/badge/badge.css?inline';
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

function targets(): Text[] {
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

/** Light: a plain host, an open shadow root adopting the one shared sheet. */
function light(): number {
  const start = performance.now();
  for (const text of targets()) text.after(createBadge(document, view));
  document.body.getBoundingClientRect();
  return performance.now() - start;
}

/** What createShadowRootUi builds per UI: host, shadow, <html><head><style/></head><body>. */
async function wxtStyle(): Promise<number> {
  const start = performance.now();
  for (const text of targets()) {
    const { parentElement, isolatedElement } = await createIsolatedElement({
      name: 'statusmark-badge',
      mode: 'open',
      css: { textContent: `:host{all:initial !important;} html,body{display:inline} ${BADGE_CSS}` },
    });
    parentElement.setAttribute('data-status', 'official');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = 'Reported \u2192 now Official';
    isolatedElement.append(badge);
    text.after(parentElement);
  }
  document.body.getBoundingClientRect();
  return performance.now() - start;
}

/** A later page-wide change (font size): style and layout over every badge again. */
function relayout(): number {
  const start = performance.now();
  document.body.style.fontSize = '19px';
  document.body.getBoundingClientRect();
  return performance.now() - start;
}

Object.assign(window, { badgeCost: { light, wxtStyle, relayout } });

/**
 * The same badge (host attributes, <s>, text) built inline two ways, to isolate the
 * stylesheet's share: one adopted sheet for all roots, or a <style> copy in each.
 */
function sameBadge(adopt: boolean): number {
  const start = performance.now();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BADGE_CSS);
  for (const text of targets()) {
    const host = document.createElement('statusmark-badge');
    host.setAttribute('data-status', 'official');
    for (const name of [
      'data-entry-id',
      'data-claimed-status',
      'data-status-at-publication',
      'role',
      'aria-label',
    ]) {
      host.setAttribute(name, 'x');
    }
    host.setAttribute('data-outdated', 'true');
    host.tabIndex = 0;
    const root = host.attachShadow({ mode: 'open' });
    if (adopt) root.adoptedStyleSheets = [sheet];
    else root.append(Object.assign(document.createElement('style'), { textContent: BADGE_CSS }));
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.append(
      Object.assign(document.createElement('s'), { textContent: 'Reported' }),
      ' \u2192 now Official',
    );
    root.append(badge);
    text.after(host);
  }
  document.body.getBoundingClientRect();
  return performance.now() - start;
}
Object.assign((window as unknown as { badgeCost: object }).badgeCost, {
  sameBadgeAdopted: () => sameBadge(true),
  sameBadgeStylePerRoot: () => sameBadge(false),
});
