// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPageAnnotation } from '../../src/page/page-annotation';
import { loadDismissals } from '../../src/page/dismissals';
import { EO_ID, fakeFinder } from './helpers/fake-finder';
import { claimFingerprint } from '../../src/page/page-text';
import { setBody } from './helpers/set-body';
import { details } from '../ui/popover/fixtures';
import { createPopoverUi } from '../../src/ui/popover/popover-ui';

const badges = () => [...document.querySelectorAll('statusmark-badge')] as HTMLElement[];

async function start(html: string) {
  setBody(html);
  const controller = new AbortController();
  const counts: number[] = [];
  const annotation = await startPageAnnotation({
    doc: document,
    signal: controller.signal,
    finder: fakeFinder,
    // The module the content script imports on first open, here with details from a fixture.
    loadPopoverUi: async () => createPopoverUi({ get: async () => details }),
    dismissals: await loadDismissals('http://x/', null),
    publishedAt: () => '2025-07-17',
    today: () => '2026-11-27',
    onCount: (n) => counts.push(n),
    batchDelayMs: 10,
  });
  return { annotation, controller, counts };
}

/** Articles of one paragraph each, appended to <main> together: one batch of changes. */
const appendPosts = (texts: string[]) => {
  const posts = texts.map((text) => {
    const article = document.createElement('article');
    article.append(Object.assign(document.createElement('p'), { textContent: text }));
    return article;
  });
  document.querySelector('main')!.append(...posts);
  return posts;
};

const popover = () => document.querySelector('statusmark-popover')?.shadowRoot ?? null;

describe('page annotation', () => {
  let current: Awaited<ReturnType<typeof start>> | undefined;
  afterEach(() => {
    current?.controller.abort();
    document.documentElement.removeAttribute('data-statusmark-state');
  });

  it('badges the page and marks <html> done after the first pass', async () => {
    current = await start('<p>Trump may sign the order.</p><p>Markets rose.</p>');
    expect(document.documentElement.dataset.statusmarkState).toBe('done');
    expect(badges()).toHaveLength(1);
    expect(current.counts.at(-1)).toBe(1);
  });

  it('badges an article appended later, once, without touching the others', async () => {
    current = await start('<main><p>He signed the order.</p></main>');
    const first = badges()[0];
    appendPosts(['The order may change.']);
    await vi.waitFor(() => expect(badges()).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(badges()).toHaveLength(2);
    expect(badges()[0]).toBe(first);
  });

  it('reads the posts one batch of changes added in one pass, each badge in its own post', async () => {
    current = await start('<main><p>He signed the order.</p></main>');
    const seen: (readonly Element[])[] = [];
    const find = fakeFinder.find.bind(fakeFinder);
    const spy = vi.spyOn(fakeFinder, 'find').mockImplementation((roots, slicing) => {
      seen.push(roots);
      return find(roots, slicing);
    });
    const posts = appendPosts(['The order may change.', 'Trump may sign the order.']);
    await vi.waitFor(() => expect(badges()).toHaveLength(3));
    spy.mockRestore();
    expect(seen).toEqual([posts]);
    expect(posts.map((post) => post.querySelectorAll('statusmark-badge').length)).toEqual([1, 1]);
  });

  it('badges the rest of a batch when the page took one of its posts out while it was read', async () => {
    current = await start('<main><p>He signed the order.</p></main>');
    const find = fakeFinder.find.bind(fakeFinder);
    const spy = vi.spyOn(fakeFinder, 'find').mockImplementation(async (roots, slicing) => {
      const found = await find(roots, slicing);
      roots[0]?.remove();
      return found;
    });
    const [gone, kept] = appendPosts(['The order may change.', 'Trump may sign the order.']);
    await vi.waitFor(() => expect(kept!.querySelectorAll('statusmark-badge')).toHaveLength(1));
    spy.mockRestore();
    expect(gone!.querySelectorAll('statusmark-badge')).toHaveLength(0);
    // Not even for a moment: the count the popup shows never said 3.
    expect(current.counts).not.toContain(3);
  });

  it('removes a clone of a badge the page made, and badges the cloned sentence itself', async () => {
    current = await start('<p id="a">He signed the order.</p>');
    const clone = document.querySelector('#a')!.cloneNode(true) as Element;
    clone.id = 'b';
    document.body.append(clone);
    // The copy has no shadow root (shadow roots are not cloned): ours replaces it.
    const seen = () => badges().map((b) => [b.parentElement?.id, b.shadowRoot?.textContent]);
    await vi.waitFor(() =>
      expect(seen()).toEqual([
        ['a', 'Official'],
        ['b', 'Official'],
      ]),
    );
  });

  it('drops the badge when its sentence disappears', async () => {
    current = await start('<p>He signed the order.</p><p>Other news.</p>');
    document.querySelector('p')!.remove();
    await vi.waitFor(() => expect(current!.annotation.count).toBe(0));
  });

  it('opens the popover on Enter, moves focus into it, and Esc returns focus to the badge', async () => {
    current = await start('<p>Trump may sign the order.</p>');
    const badge = badges()[0]!;
    badge.focus();
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(popover()?.querySelector('.timeline')).toBeTruthy());
    const dialog = popover()!.querySelector<HTMLElement>('[role="dialog"]')!;
    await vi.waitFor(() => expect(popover()!.activeElement).toBe(dialog));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(popover()!.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(badge);
  });

  it('closes the popover on a click outside it', async () => {
    current = await start('<p>Trump may sign the order.</p><p id="elsewhere">Other.</p>');
    badges()[0]!.click();
    await vi.waitFor(() => expect(popover()?.querySelector('[role="dialog"]')).toBeTruthy());
    document
      .querySelector('#elsewhere')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(popover()!.querySelector('[role="dialog"]')).toBeNull();
  });

  it('"Not this claim" hides that badge and keeps it hidden on rescans', async () => {
    current = await start('<p>Trump may sign the order.</p><p>He signed the order.</p>');
    badges()[0]!.click();
    await vi.waitFor(() => expect(popover()?.querySelector('.actions')).toBeTruthy());
    [...popover()!.querySelectorAll('button')].find((b) => b.textContent === 'Not this claim')!.click();
    expect(badges().map((b) => b.dataset.claimedStatus)).toEqual(['official']);
    await current.annotation.rescan();
    expect(badges()).toHaveLength(1);
  });

  it('reads the page while the dismissals load, and places no badge a reader dismissed', async () => {
    setBody('<p>Trump may sign the order.</p><p>He signed the order.</p>');
    const storage = { load: vi.fn(), save: vi.fn(async () => {}) };
    let answer: (value: { entryId: string; fingerprint: string }[]) => void = () => {};
    storage.load.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const find = vi.spyOn(fakeFinder, 'find');
    const controller = new AbortController();
    const started = startPageAnnotation({
      doc: document,
      signal: controller.signal,
      finder: fakeFinder,
      loadPopoverUi: async () => createPopoverUi({ get: async () => details }),
      dismissals: loadDismissals('http://x/', storage),
      publishedAt: () => '2025-07-17',
      today: () => '2026-11-27',
    });
    await vi.waitFor(() => expect(find).toHaveBeenCalled());
    expect(badges()).toHaveLength(0);
    answer([{ entryId: EO_ID, fingerprint: claimFingerprint('Trump may sign the order.') }]);
    await started;
    expect(badges().map((b) => b.dataset.claimedStatus)).toEqual(['official']);
    controller.abort();
    find.mockRestore();
  });

  it('removes every badge and the underline style when its context is invalidated', async () => {
    current = await start('<p>He signed the order.</p>');
    current.controller.abort();
    expect(badges()).toHaveLength(0);
    expect(document.querySelector('style[data-statusmark]')).toBeNull();
  });
});
