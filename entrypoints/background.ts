import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { contentRequestSchema, type MatcherResponse } from '../src/messaging/protocol';

// Foundation wiring only: a fixed term list. The knowledge-base issue replaces it.
const FOUNDATION_TERMS: MatcherResponse = {
  terms: [{ text: 'executive order', entryId: 'us-eo-14330-alt-assets-401k', status: 'official' }],
};

export default defineBackground(() => {
  // Registered synchronously at top level: an MV3 worker may be woken by this very message.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = contentRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve(FOUNDATION_TERMS);
  });
});
