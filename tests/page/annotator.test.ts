// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator, MAX_REINSERTIONS } from '../../src/page/annotator';
import type { ClaimHighlights } from '../../src/page/claim-highlights';
import { joinedPageText } from '../../src/page/page-text';
import { claimsIn, EO_ID } from './helpers/fake-finder';
import { simplePageText } from './helpers/simple-page-text';
import { setBody } from './helpers/set-body';

function setup(html: string) {
  setBody(html);
  const ranges = new Set<Range>();
  const highlights: ClaimHighlights = {
    add: (r) => void ranges.add(r),
    delete: (r) => void ranges.delete(r),
    clear: () => ranges.clear(),
    dispose: () => ranges.clear(),
  };
  const onActivate = vi.fn();
  const dismissed = new Set<string>();
  const annotator = new Annotator({
    doc: document,
    highlights,
    isDismissed: (claim) => dismissed.has(claim.sentence),
    onActivate,
  });
  const scan = async (...roots: Element[]) => {
    const scopes = roots.length > 0 ? roots : [document.body];
    const text = joinedPageText(scopes.map(simplePageText));
    await annotator.reconcile(scopes, text, claimsIn(text));
  };
  return { annotator, scan, ranges, onActivate, dismissed };
}

const badges = () => [...document.querySelectorAll('statusmark-badge')];

describe('annotator', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('puts the badge right after the sentence\u2019s last character, splitting only that Text node', async () => {
    const { scan } = setup('<p>Trump may sign the order soon. Markets rose.</p>');
    await scan();
    const p = document.querySelector('p')!;
    expect(p.childNodes[0]?.textContent).toBe('Trump may sign the order soon.');
    expect((p.childNodes[1] as Element).localName).toBe('statusmark-badge');
    expect(p.childNodes[2]?.textContent).toBe(' Markets rose.');
    expect(p.textContent).toBe('Trump may sign the order soon. Markets rose.');
  });

  it('marks a "may sign" sentence as reported while the entry is official now', async () => {
    const { scan } = setup('<p>Trump may sign the order soon.</p>');
    await scan();
    expect(badges()[0]?.getAttribute('data-entry-id')).toBe(EO_ID);
    expect(badges()[0]?.getAttribute('data-claimed-status')).toBe('reported');
    expect(badges()[0]?.getAttribute('data-status')).toBe('official');
    expect(badges()[0]?.getAttribute('data-outdated')).toBe('true');
  });

  it('treats a sentence split by links and emphasis as one sentence, and never badges inside a link', async () => {
    const { scan } = setup('<p>The <em>president</em> signed <a href="/x">the order.</a> Then lunch.</p>');
    await scan();
    const badge = badges()[0]!;
    expect(badges()).toHaveLength(1);
    expect(badge.closest('a')).toBeNull();
    expect(badge.previousSibling).toBe(document.querySelector('a'));
  });

  it('badges several sentences of one Text node, each at its own end', async () => {
    const { scan } = setup('<p>The order may come. Nothing here. He signed the order. End.</p>');
    await scan();
    const p = document.querySelector('p')!;
    const parts = [...p.childNodes].map((n) =>
      n.nodeType === 3 ? n.textContent : `[${(n as Element).localName}]`,
    );
    expect(parts).toEqual([
      'The order may come.',
      '[statusmark-badge]',
      ' Nothing here. He signed the order.',
      '[statusmark-badge]',
      ' End.',
    ]);
  });

  it('never badges the same sentence twice, however often the page is scanned', async () => {
    const { scan } = setup('<p>Trump may sign the order soon.</p><ul><li>He signed the order.</li></ul>');
    await scan();
    await scan();
    await scan(document.querySelector('li')!);
    expect(badges()).toHaveLength(2);
  });

  it('removes the badge when its sentence no longer makes the claim', async () => {
    const { scan, ranges } = setup('<p>Trump may sign the order soon.</p>');
    await scan();
    expect(ranges.size).toBe(1);
    const p = document.querySelector('p')!;
    p.firstChild!.textContent = 'Trump may sign the bill soon.';
    await scan(p);
    expect(badges()).toHaveLength(0);
    expect(ranges.size).toBe(0);
  });

  it('rescanning one paragraph drops only its own stale badge, never one outside it', async () => {
    const { scan, ranges } = setup('<p>Trump may sign the order soon.</p><p>He signed the order.</p>');
    await scan();
    const [first, second] = document.querySelectorAll('p');
    first!.firstChild!.textContent = 'Trump may sign the bill soon.';
    second!.firstChild!.textContent = 'He signed the bill.';
    await scan(first!);
    // The second paragraph's sentence changed too, but it was not rescanned: its badge stays.
    expect(badges().map((b) => b.parentElement)).toEqual([second]);
    expect(ranges.size).toBe(1);
    await scan(second!);
    expect(badges()).toHaveLength(0);
  });

  it('rescans several paragraphs in one pass, each badge kept, placed or dropped in its own', async () => {
    const { scan } = setup(
      '<p>Trump may sign the order soon.</p><p>He signed the order.</p><p>Markets rose.</p><p>The order stands.</p>',
    );
    await scan();
    const [first, second, third, fourth] = document.querySelectorAll('p');
    const kept = first!.querySelector('statusmark-badge');
    second!.firstChild!.textContent = 'He signed the bill.';
    third!.firstChild!.textContent = 'Markets rose after the order.';
    fourth!.firstChild!.textContent = 'The bill stands.';
    await scan(first!, second!, third!);
    // The fourth changed too, but was not among the scopes: its badge stays.
    expect(badges().map((b) => b.parentElement)).toEqual([first, third, fourth]);
    expect(first!.querySelector('statusmark-badge')).toBe(kept);
  });

  it("counts a badge inside a web component's shadow root as under the scope that holds the component", async () => {
    const { scan } = setup('<article-body></article-body><p>Markets rose.</p>');
    const shadow = document.querySelector('article-body')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>He signed the order.</p>';
    await scan(shadow.querySelector('p')!);
    expect(shadow.querySelectorAll('statusmark-badge')).toHaveLength(1);
    shadow.querySelector('p')!.firstChild!.textContent = 'He signed the bill.';
    // The whole page, read here without the component's text: its sentence no longer makes the claim.
    await scan(document.body);
    expect(shadow.querySelectorAll('statusmark-badge')).toHaveLength(0);
  });

  it('underlines each badged sentence with a range over exactly its text', async () => {
    const { scan, ranges } = setup('<p>Hello. The <em>order</em> was signed.</p>');
    await scan();
    expect([...ranges].map((r) => r.toString())).toEqual(['The order was signed.']);
  });

  it('leaves out a claim the reader said is not this claim', async () => {
    const { scan, dismissed } = setup('<p>Trump may sign the order soon. He signed the order.</p>');
    dismissed.add('Trump may sign the order soon.');
    await scan();
    expect(badges().map((b) => b.getAttribute('data-claimed-status'))).toEqual(['official']);
  });

  it('opens the facts on click and on Enter or Space, and the click never reaches a link', async () => {
    const { scan, onActivate } = setup('<p><a href="#nav">He signed the order.</a></p>');
    await scan();
    const badge = badges()[0] as HTMLElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    badge.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onActivate).toHaveBeenCalledTimes(3);
  });

  it(`stops putting a badge back after the page removed it ${MAX_REINSERTIONS + 1} times`, async () => {
    const { scan, annotator } = setup('<p>He signed the order.</p>');
    let reinserted = 0;
    await scan();
    for (let i = 0; i < 5; i++) {
      const badge = badges()[0] as HTMLElement | undefined;
      if (!badge) break;
      badge.remove();
      annotator.notePageRemoved(badge);
      await scan();
      if (badges().length) reinserted++;
    }
    expect(reinserted).toBe(MAX_REINSERTIONS);
    expect(annotator.size).toBe(0);
  });

  it('forgets badges whose paragraph left the page', async () => {
    const { scan, annotator } = setup('<p>He signed the order.</p><p>The order may change.</p>');
    await scan();
    document.querySelector('p')!.remove();
    annotator.sweepDisconnected();
    expect(annotator.size).toBe(1);
  });

  it('reads every claim before writing, then writes all badges in one slice', async () => {
    const posts = Array.from({ length: 12 }, (_, i) => `<p>Post ${i}: he signed the order.</p>`);
    setBody(`<div>${posts.join('')}</div>`);
    let clock = 0;
    const annotator = new Annotator({
      doc: document,
      highlights: { add() {}, delete() {}, clear() {}, dispose() {} },
      // Reading a claim costs 3 ms of the clock; writing a badge, nothing.
      isDismissed: () => ((clock += 3), false),
      onActivate: () => {},
    });
    const badgesAtYield: number[] = [];
    const text = simplePageText(document.body);
    const slicing = {
      now: () => clock,
      yieldFn: async () => void badgesAtYield.push(badges().length),
      clock: { sliceStart: null },
    };
    await annotator.reconcile([document.body], text, claimsIn(text), slicing);
    expect(badges()).toHaveLength(12);
    // Reading 12 claims took three slices; the page was given its thread back only while none was written.
    expect(badgesAtYield.every((count) => count === 0)).toBe(true);
    expect(badgesAtYield.length).toBeGreaterThanOrEqual(2);
  });
});
