import type { MatcherResponse } from '../messaging/protocol';

type Term = MatcherResponse['terms'][number];

/**
 * Foundation wiring: puts a badge after the first sentence end that follows each
 * matching term. The annotation issue replaces this with the real engine.
 */
export function insertBadgesAfterMatches(root: Element, terms: Term[]): number {
  let count = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const hits: { node: Text; end: number; term: Term }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const term of terms) {
      const at = text.toLowerCase().indexOf(term.text);
      if (at < 0) continue;
      const stop = text.indexOf('.', at);
      hits.push({ node: node as Text, end: stop < 0 ? text.length : stop + 1, term });
    }
  }
  for (const hit of hits) {
    const badge = root.ownerDocument.createElement('statusmark-badge');
    badge.dataset.entryId = hit.term.entryId;
    badge.dataset.status = hit.term.status;
    const shadow = badge.attachShadow({ mode: 'open' });
    shadow.textContent = hit.term.status;
    const tail = hit.node.splitText(hit.end);
    tail.parentNode?.insertBefore(badge, tail);
    count++;
  }
  return count;
}
