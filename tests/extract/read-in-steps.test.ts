import { describe, expect, it } from 'vitest';
import { extractPageText, readPageText } from '../../src/extract/extract-blocks';
import { searchOpenShadowRoots } from '../../src/extract/open-shadow-roots';
import { DOMS } from './dom';

/** A <body> that cannot be cut into subtrees (a skip link beside its blocks), with 60 paragraphs. */
const PAGE = `<!doctype html><html><body><a href="#main">Skip</a><main id="main">${Array.from(
  { length: 60 },
  (_, i) => `<p>Paragraph <em>${i}</em> says the order was signed.</p>`,
).join('')}</main></body></html>`;

describe.each(Object.entries(DOMS))('reading a large root in steps (%s)', (_dom, parse) => {
  it('pauses after its queries over the root, then after every given number of Text nodes, and reads what one pass reads', () => {
    const doc = parse(PAGE);
    const reading = readPageText(doc.body, 25);
    let pauses = 0;
    let step = reading.next();
    while (!step.done) {
      pauses++;
      step = reading.next();
    }
    // One pause after the queries; 1 skip link + 60 paragraphs of 3 Text nodes: 181 nodes, a pause after each 25th.
    expect(pauses).toBe(8);
    const whole = extractPageText(doc.body);
    expect(step.value.blocks).toEqual(whole.blocks);
    expect(step.value.blocks).toHaveLength(61);
    expect(step.value.locate(60, 10)?.node.data).toBe('59');
  });
});

describe('searching open shadow roots in steps', () => {
  it('pauses after every given number of elements and finds the roots one pass finds', async () => {
    const { Window } = await import('happy-dom');
    const doc = new Window().document as unknown as Document;
    doc.body.append(...Array.from({ length: 30 }, () => doc.createElement('div')));
    const hosts = [...doc.body.children].filter((_, i) => i % 10 === 3);
    for (const host of hosts) host.attachShadow({ mode: 'open' }).append('inside');
    const found: ShadowRoot[] = [];
    const pauses = [...searchOpenShadowRoots(doc.body, found, 8)].length;
    expect(pauses).toBe(3);
    expect(found.map((root) => root.host)).toEqual(hosts);
    const inOnePass: ShadowRoot[] = [];
    expect([...searchOpenShadowRoots(doc.body, inOnePass, Infinity)]).toEqual([]);
    expect(inOnePass).toEqual(found);
  });
});
