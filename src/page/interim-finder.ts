import { browser } from 'wxt/browser';
import type { Status } from '../kb/schema';
import { simplePageText } from './interim-page-text';
import type { BadgeClaim, ClaimFinder } from './page-text';

/**
 * INTERIM, until the engine (src/detect) and the shared extraction (src/extract) land:
 * the foundation's term list, one claim per sentence holding a term. Replaced in the
 * integration step; kept only so the annotation runs in real browsers meanwhile.
 */
interface Term {
  text: string;
  entryId: string;
  status: Status;
}

export async function loadInterimFinder(): Promise<ClaimFinder> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'getMatcher' });
  const body = (reply as { ok?: boolean; value?: unknown })?.ok ? (reply as { value: unknown }).value : reply;
  const terms = ((body as { terms?: Term[] })?.terms ?? []).filter((t) => typeof t.text === 'string');
  return {
    async find(root) {
      const text = simplePageText(root);
      const claims: BadgeClaim[] = [];
      text.blocks.forEach((block, blockIndex) => {
        for (const match of block.text.matchAll(/[^.!?]+[.!?]?/g)) {
          const raw = match[0];
          const sentence = raw.trim();
          const term = terms.find((t) => sentence.toLowerCase().includes(t.text.toLowerCase()));
          if (!term || !sentence) continue;
          const start = (match.index ?? 0) + raw.indexOf(sentence);
          claims.push({
            blockIndex,
            start,
            end: start + sentence.length,
            sentence,
            entryId: term.entryId,
            claimedStatus: null,
            why: [term.text],
            confidence: 0.5,
            via: 'direct',
            entryTitle: term.entryId,
            statusAtPublication: null,
            currentStatus: term.status,
            currentSince: null,
            outdated: false,
            note: '',
          });
        }
      });
      return { text, claims };
    },
  };
}
