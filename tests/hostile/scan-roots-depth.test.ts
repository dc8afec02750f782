import { describe, expect, it } from 'vitest';
import { eachScanRoot, scanRoots } from '../../src/page/scan-roots';

/**
 * A page nested thousands of levels deep, in a stub of the few element properties
 * scanRoots reads: the DOMs that run in Node (happy-dom, linkedom) walk their own trees
 * recursively and overflow first. The stub counts `getElementsByTagName('*')`, which
 * walks the whole subtree each time. It has no shadow roots.
 */
class StubElement {
  readonly nodeType = 1;
  readonly children: StubElement[] = [];
  static counted = 0;
  constructor(readonly localName: string) {}
  get childNodes() {
    return this.children;
  }
  append(child: StubElement): StubElement {
    this.children.push(child);
    return child;
  }
  getElementsByTagName(_all: '*') {
    StubElement.counted++;
    const all: StubElement[] = [];
    const stack = [...this.children];
    while (stack.length > 0) {
      const next = stack.pop()!;
      all.push(next);
      stack.push(...next.children);
    }
    return all;
  }
}

/** `depth` nested divs in the body, a paragraph at the bottom (the first root), 900 paragraphs beside them. */
function nestedPage(depth: number) {
  const body = new StubElement('body');
  let at = body;
  for (let i = 0; i < depth; i++) at = at.append(new StubElement('div'));
  const bottom = at.append(new StubElement('p'));
  for (let i = 0; i < 900; i++) body.append(new StubElement('p'));
  return { body: body as unknown as Element, bottom: bottom as unknown as Element };
}

describe('reading a page nested thousands of levels deep', () => {
  it('walks a chain of wrappers down to its content without counting at every level', () => {
    const { body, bottom } = nestedPage(5_000);
    StubElement.counted = 0;
    const roots = scanRoots(body, 800);
    expect(roots.length).toBe(901);
    expect(roots[0] === bottom).toBe(true);
    // The body, the top of the chain, and each of the 900 paragraphs: not once per level;
    // and each of the 901 roots once more, for web components' shadow roots in it.
    expect(StubElement.counted).toBe(902 + 901);
  });

  it('never overflows the stack, however deep the nesting', () => {
    const { body, bottom } = nestedPage(50_000);
    expect(() => [...eachScanRoot(body, 800)]).not.toThrow();
    expect(eachScanRoot(body, 800).next().value === bottom).toBe(true);
  });
});
