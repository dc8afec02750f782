// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClaimHighlights, HIGHLIGHT_NAME } from '../../src/page/claim-highlights';
import { isOwnNode } from '../../src/page/own-nodes';

/** A minimal CSS Custom Highlight API: a registry of named sets of ranges. */
function installHighlightApi() {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', class extends Set<Range> {});
  return registry;
}

describe('sentence underlines', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.replaceChildren();
  });

  it('registers one highlight and one page style for its ::highlight rule', () => {
    const registry = installHighlightApi();
    const highlights = createClaimHighlights(document);
    const range = document.createRange();
    highlights.add(range);
    expect([...(registry.get(HIGHLIGHT_NAME) ?? [])]).toEqual([range]);
    const style = document.head.querySelector('style[data-statusmark]');
    expect(style?.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(isOwnNode(style)).toBe(true);
    highlights.delete(range);
    expect(registry.get(HIGHLIGHT_NAME)?.size).toBe(0);
  });

  it('adds no page style before the first underline, so a page without claims is never restyled', () => {
    installHighlightApi();
    createClaimHighlights(document);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('styles only the elements badges sit in and their parents, never every element of the page', () => {
    installHighlightApi();
    createClaimHighlights(document).add(document.createRange());
    const rules = document.head.querySelector('style[data-statusmark]')?.textContent ?? '';
    const selectors = rules
      .slice(0, rules.indexOf('{'))
      .split(',')
      .map((s) => s.trim());
    expect(selectors).toEqual([
      `:has(> statusmark-badge)::highlight(${HIGHLIGHT_NAME})`,
      `:has(> * > statusmark-badge)::highlight(${HIGHLIGHT_NAME})`,
    ]);
  });

  it('takes the highlight and its style away when disposed', () => {
    const registry = installHighlightApi();
    const highlights = createClaimHighlights(document);
    highlights.add(document.createRange());
    highlights.dispose();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.head.querySelector('style[data-statusmark]')).toBeNull();
  });

  it('underlines nothing, and adds nothing to the page, where the API is missing', () => {
    vi.stubGlobal('CSS', {});
    const highlights = createClaimHighlights(document);
    expect(() => highlights.add(document.createRange())).not.toThrow();
    expect(document.head.querySelector('style')).toBeNull();
  });
});
