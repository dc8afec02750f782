import { BADGE_TAG } from '../ui/badge/badge-element';
import { markOwn } from './own-nodes';

/**
 * The subtle underline under each badged sentence, drawn with the CSS Custom Highlight
 * API: no element wraps the page's text. Highlights are painted by the page, so the
 * `::highlight()` rule must live in a stylesheet of the page's own document: one tiny
 * <style> we add with the first underline and remove. Where the API is missing,
 * sentences are simply not underlined.
 *
 * The rule names only the elements a badge sits in, and their parents: highlight
 * styles inherit to descendants, so that covers the sentence (all of it unless it
 * starts above its end's grandparent), and adding the rule restyles those few elements.
 * A bare `::highlight()` rule matches every element: on a 30,000-element page, adding
 * it cost a 150-250 ms style recalculation, against 20-25 ms for this one (Chromium 156).
 */
export const HIGHLIGHT_NAME = 'statusmark-claim';

const PAGE_CSS = `:has(> ${BADGE_TAG})::highlight(${HIGHLIGHT_NAME}),
:has(> * > ${BADGE_TAG})::highlight(${HIGHLIGHT_NAME}) {
  text-decoration: underline dotted;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.2em;
  text-decoration-color: color-mix(in srgb, currentColor 55%, transparent);
}`;

/**
 * Still, the rule is matched against every element when it arrives, and that grows with
 * the page: 15-20 ms at 10,000 elements, 120-250 ms at 95,000 (Chromium 156, with
 * badges on the page; over a second on a busy machine). Larger pages keep their badges
 * and go without the underline.
 */
export const MAX_UNDERLINED_PAGE_ELEMENTS = 10_000;

export interface ClaimHighlights {
  add(range: Range): void;
  delete(range: Range): void;
  clear(): void;
  /** Removes the highlight and the page style. */
  dispose(): void;
}

interface HighlightApi {
  registry: HighlightRegistry;
  create(): Highlight;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const css = view?.CSS ?? globalThis.CSS;
  const HighlightClass = view?.Highlight ?? globalThis.Highlight;
  if (!css || !('highlights' in css) || typeof HighlightClass !== 'function') return null;
  return { registry: css.highlights, create: () => new HighlightClass() };
}

export function createClaimHighlights(doc: Document): ClaimHighlights {
  const api = highlightApi(doc);
  if (!api) return { add() {}, delete() {}, clear() {}, dispose() {} };
  const highlight = api.create();
  api.registry.set(HIGHLIGHT_NAME, highlight);
  let style: HTMLStyleElement | null = null;
  let tooLarge = false;
  return {
    add(range) {
      if (tooLarge) return;
      if (!style && doc.getElementsByTagName('*').length > MAX_UNDERLINED_PAGE_ELEMENTS) {
        tooLarge = true;
        return;
      }
      highlight.add(range);
      if (style) return;
      style = markOwn(doc.createElement('style'));
      style.textContent = PAGE_CSS;
      style.setAttribute('data-statusmark', 'highlight');
      (doc.head ?? doc.documentElement).append(style);
    },
    delete: (range) => void highlight.delete(range),
    clear: () => highlight.clear(),
    dispose() {
      highlight.clear();
      if (api.registry.get(HIGHLIGHT_NAME) === highlight) api.registry.delete(HIGHLIGHT_NAME);
      style?.remove();
      style = null;
    },
  };
}
