// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPageAnnotation } from '../../src/page/page-annotation';
import { loadDismissals } from '../../src/page/dismissals';
import { scanRoots } from '../../src/page/scan-roots';
import { createBadge } from '../../src/ui/badge/badge-element';
import { ANY_BADGE_VIEW as VIEW } from './helpers/badge-view';
import { scanRootFinder } from './helpers/scan-root-finder';
import { setBody } from './helpers/set-body';

/** A component with its own markup in a shadow root of the given mode. */
function component(host: Element, mode: ShadowRootMode, html: string): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.append(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
  return root;
}

const ids = (roots: Element[]) => roots.map((r) => r.id || r.localName);
const badgesIn = (scope: ParentNode) => scope.querySelectorAll('statusmark-badge').length;

describe('reading the open shadow roots of web components', () => {
  it("reads a component's open root after its host's subtree, and a root nested in it", () => {
    setBody('<p id="light">Light.</p><article-body id="host"><p id="slotted">Slotted.</p></article-body>');
    const outer = component(
      document.getElementById('host')!,
      'open',
      '<p id="s1">Shadow.</p><pull-quote id="inner"></pull-quote>',
    );
    const inner = component(
      outer.getElementById('inner')!,
      'open',
      '<blockquote id="s2">Quote.</blockquote>',
    );
    const found: ShadowRoot[] = [];
    expect(ids(scanRoots(document.body, 800, found))).toEqual(['body', 's1', 'inner', 's2']);
    expect(found).toEqual([outer, inner]);
  });

  it('leaves closed roots, hidden or editable hosts, and our own badges unread', () => {
    setBody(
      '<sealed-note id="closed"></sealed-note><div hidden><x-a id="hidden"></x-a></div><div contenteditable><x-b id="edited"></x-b></div>',
    );
    component(document.getElementById('closed')!, 'closed', '<p id="c">Closed.</p>');
    component(document.getElementById('hidden')!, 'open', '<p id="h">Hidden.</p>');
    component(document.getElementById('edited')!, 'open', '<p id="e">Edited.</p>');
    document.body.append(createBadge(document, VIEW));
    const found: ShadowRoot[] = [];
    expect(ids(scanRoots(document.body, 800, found))).toEqual(['body']);
    expect(found).toEqual([]);
  });

  it('reads the root of a large host that is split into its children, after them', () => {
    setBody(`<main id="host">${'<p>x</p>'.repeat(6)}</main>`);
    const root = component(document.getElementById('host')!, 'open', '<p id="s">Shadow.</p>');
    const found: ShadowRoot[] = [];
    expect(ids(scanRoots(document.body, 3, found))).toEqual(['p', 'p', 'p', 'p', 'p', 'p', 's']);
    expect(found).toEqual([root]);
  });

  it('reports an empty open root too, so content rendered into it later is seen', () => {
    setBody('<late-update id="late"></late-update>');
    const late = component(document.getElementById('late')!, 'open', '');
    const found: ShadowRoot[] = [];
    scanRoots(document.body, 800, found);
    expect(found).toEqual([late]);
  });
});

describe('annotating web components', () => {
  let controller: AbortController | undefined;
  afterEach(() => {
    controller?.abort();
    document.designMode = 'off';
  });

  async function annotate() {
    controller = new AbortController();
    return startPageAnnotation({
      doc: document,
      signal: controller.signal,
      finder: scanRootFinder,
      loadPopoverUi: () => Promise.reject(new Error('no popover in this test')),
      dismissals: await loadDismissals('http://x/', null),
      publishedAt: () => '2025-07-17',
      today: () => '2026-11-27',
      batchDelayMs: 10,
    });
  }

  it("puts the badge inside the component's shadow root, right after the sentence", async () => {
    setBody('<article-body id="host"></article-body>');
    const root = component(
      document.getElementById('host')!,
      'open',
      '<p>Trump may sign the order. Plans wait.</p>',
    );
    const annotation = await annotate();
    expect(annotation.count).toBe(1);
    const badge = root.querySelector('p > statusmark-badge')!;
    expect(badge.previousSibling?.textContent).toBe('Trump may sign the order.');
    expect(badgesIn(document)).toBe(0);
  });

  it('badges a sentence a component renders later, and drops the badge when the sentence goes', async () => {
    setBody('<late-update id="late"></late-update>');
    const late = component(document.getElementById('late')!, 'open', '');
    const annotation = await annotate();
    expect(annotation.count).toBe(0);
    const p = Object.assign(document.createElement('p'), { textContent: 'He signed the order.' });
    late.append(p);
    await vi.waitFor(() => expect(badgesIn(late)).toBe(1));
    p.firstChild!.textContent = 'Markets rose.';
    await vi.waitFor(() => expect(annotation.count).toBe(0));
    expect(badgesIn(late)).toBe(0);
  });

  it('adds nothing to a document in design mode (the page is being edited whole)', async () => {
    setBody('<p>Trump may sign the order.</p>');
    document.designMode = 'on';
    const annotation = await annotate();
    expect(annotation.count).toBe(0);
    expect(badgesIn(document)).toBe(0);
  });
});
