// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { eachScanRoot, scanRoots } from '../../src/page/scan-roots';
import { setBody } from './helpers/set-body';

const ids = (roots: Element[]) => roots.map((r) => r.id || r.localName);

describe('reading a large page root by root', () => {
  it('keeps a small root whole', () => {
    setBody('<main id="m"><p>One.</p><p>Two.</p></main>');
    expect(ids(scanRoots(document.body, 10))).toEqual(['body']);
  });

  it('splits a large container into its blocks, in document order', () => {
    const sections = Array.from(
      { length: 4 },
      (_, i) => `<section id="s${i}"><p>a</p><p>b</p><p>c</p></section>`,
    );
    setBody(`<main id="m">${sections.join('')}</main><script>var x = 1;</script>`);
    expect(ids(scanRoots(document.body, 5))).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('never splits a container whose own text runs between its children (a sentence could span them)', () => {
    setBody(
      `<div id="d">Lead text <p>one</p> tail text ${'<p>x</p>'.repeat(10)}</div>` +
        `<div id="e"><span>inline</span>${'<p>y</p>'.repeat(10)}</div>`,
    );
    expect(ids(scanRoots(document.body, 5))).toEqual(['d', 'e']);
  });

  it('pauses while checking a container of thousands of children, so the check runs in slices', () => {
    setBody(`<main id="m">${'<section><p>a</p></section>'.repeat(5_000)}</main>`);
    const steps = [...eachScanRoot(document.body, 800)];
    // 5,000 children checked 2,000 at a time: two pauses.
    expect(steps.filter((step) => step === null)).toHaveLength(2);
    expect(steps.filter((step) => step !== null)).toHaveLength(5_000);
  });
});
