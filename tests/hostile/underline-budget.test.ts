// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createClaimHighlights,
  HIGHLIGHT_NAME,
  MAX_UNDERLINED_PAGE_ELEMENTS,
} from '../../src/page/claim-highlights';

/**
 * The underline's ::highlight rule is matched against every element of the page when it
 * is added: on the 100,000-element hostile page that was a style recalculation of over a
 * second. Pages that large get badges without underlines.
 */
function installHighlightApi() {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', class extends Set<Range> {});
  return registry;
}

function pageOf(elements: number): void {
  const main = document.createElement('main');
  for (let i = 1; i < elements - 3; i++) main.append(document.createElement('span'));
  document.body.replaceChildren(main); // html, head, body and main count too
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('underlines on very large pages', () => {
  it('adds no page style and no underline beyond the element budget', () => {
    const registry = installHighlightApi();
    pageOf(MAX_UNDERLINED_PAGE_ELEMENTS + 1);
    const highlights = createClaimHighlights(document);
    highlights.add(document.createRange());
    highlights.add(document.createRange());
    expect(document.head.querySelector('style')).toBeNull();
    expect(registry.get(HIGHLIGHT_NAME)?.size ?? 0).toBe(0);
  });

  it('underlines as before on a page within it', () => {
    const registry = installHighlightApi();
    pageOf(MAX_UNDERLINED_PAGE_ELEMENTS);
    createClaimHighlights(document).add(document.createRange());
    expect(document.head.querySelector('style[data-statusmark]')).not.toBeNull();
    expect(registry.get(HIGHLIGHT_NAME)?.size).toBe(1);
  });
});
