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
