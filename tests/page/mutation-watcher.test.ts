// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationWatcher, type MutationBatch } from '../../src/page/mutation-watcher';
import { createBadge } from '../../src/ui/badge/badge-element';
import { ANY_BADGE_VIEW as view } from './helpers/badge-view';
import { setBody } from './helpers/set-body';

function watch() {
  const batches: MutationBatch[] = [];
  const controller = new AbortController();
  const watcher = new MutationWatcher(document.documentElement, async (b) => void batches.push(b), {
    signal: controller.signal,
    delayMs: 20,
  });
  // Long enough past the 20 ms gathering delay, even on a busy machine.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
  return { batches, watcher, controller, settle };
}

describe('mutation watcher', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('gathers a burst of page changes into one batch of outermost blocks', async () => {
    setBody('<main><p id="a">One.</p><p id="b">Two.</p></main>');
    const { batches, settle, controller } = watch();
    stop = () => controller.abort();
    document.querySelector('#a')!.append(' More.');
    document.querySelector('#b')!.firstChild!.textContent = 'Changed.';
    const article = document.createElement('article');
    article.innerHTML = '<p>New story.</p>';
    document.querySelector('main')!.append(article);
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.roots.map((r) => r.id || r.localName)).toEqual(['a', 'b', 'article']);
  });

  it('never reports our own writes, so badges cannot make us rescan', async () => {
    setBody('<p>He signed the order.</p>');
    const { batches, settle, watcher, controller } = watch();
    stop = () => controller.abort();
    const p = document.querySelector('p')!;
    watcher.quietly(() => {
      const tail = (p.firstChild as Text).splitText(5);
      p.insertBefore(createBadge(document, view), tail);
    });
    await settle();
    expect(batches).toHaveLength(0);
  });

  it('keeps page changes made before our write', async () => {
    setBody('<p id="a">One.</p><p id="b">Two.</p>');
    const { batches, settle, watcher, controller } = watch();
    stop = () => controller.abort();
    document.querySelector('#a')!.append(' More.');
    watcher.quietly(() => document.querySelector('#b')!.append(createBadge(document, view)));
    await settle();
    expect(batches[0]?.roots.map((r) => r.id)).toEqual(['a']);
  });

  it('reports our badges the page removed, and copies of them it cloned', async () => {
    setBody('<p id="a">He signed the order.</p>');
    const { batches, settle, watcher, controller } = watch();
    stop = () => controller.abort();
    const p = document.querySelector('#a')!;
    const badge = watcher.quietly(() => p.appendChild(createBadge(document, view)));
    const clone = p.cloneNode(true) as Element;
    clone.id = 'copy';
    document.body.append(clone);
    badge.remove();
    await settle();
    expect(batches[0]?.removedBadges).toEqual([badge]);
    expect(batches[0]?.foreignBadges).toEqual([clone.querySelector('statusmark-badge')]);
    expect(batches[0]?.roots.map((r) => r.id)).toEqual(['a', 'copy']);
  });

  it('ignores typing in a contenteditable editor and changes in <head>', async () => {
    setBody('<div contenteditable="true"><p>Draft: the order was signed.</p></div>');
    const { batches, settle, controller } = watch();
    stop = () => controller.abort();
    document.querySelector('[contenteditable] p')!.append(' More text.');
    document.head.append(document.createElement('meta'));
    await settle();
    expect(batches).toHaveLength(0);
  });

  it('stops observing when its context is invalidated', async () => {
    setBody('<p>One.</p>');
    const { batches, settle, controller } = watch();
    const onBatch = vi.fn();
    controller.abort();
    document.querySelector('p')!.append(' Two.');
    await settle();
    expect(batches).toHaveLength(0);
    expect(onBatch).not.toHaveBeenCalled();
  });

  it('reads a page that never stops changing less and less often, and promptly again after a pause', async () => {
    setBody('<div id="ticker"><span>0</span></div><p id="late"></p>');
    const controller = new AbortController();
    stop = () => controller.abort();
    const batches: MutationBatch[] = [];
    new MutationWatcher(document.documentElement, async (b) => void batches.push(b), {
      signal: controller.signal,
      delayMs: 10,
      maxDelayMs: 200,
    });
    const cell = document.querySelector('#ticker span')!;
    let round = 0;
    const ticker = setInterval(() => (cell.textContent = String(++round)), 4);
    await new Promise((resolve) => setTimeout(resolve, 600));
    clearInterval(ticker);
    // Without backing off, a batch every ~15 ms: about 40. Backing off: 10, 20, 40... 200 ms apart.
    expect(round).toBeGreaterThan(40);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.length).toBeLessThanOrEqual(10);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const before = batches.length;
    document.querySelector('#late')!.append('News.');
    await vi.waitFor(() => expect(batches.length).toBe(before + 1), { timeout: 100, interval: 5 });
    expect(batches.at(-1)!.roots.map((r) => r.id)).toEqual(['late']);
  });
});
