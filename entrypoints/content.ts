import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { matcherResponseSchema, tabRequestSchema, type PageInfo } from '../src/messaging/protocol';
import { requestFromContent } from '../src/messaging/send';
import { insertBadgesAfterMatches } from '../src/page/foundation-badges';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!tabRequestSchema.safeParse(message).success) return undefined;
      const info: PageInfo = {
        url: location.href,
        title: document.title,
        badgeCount: document.querySelectorAll('statusmark-badge').length,
      };
      return Promise.resolve(info);
    });
    const response = matcherResponseSchema.parse(await requestFromContent({ type: 'getMatcher' }));
    insertBadgesAfterMatches(document.body, response.terms);
    // A public signal that annotation finished, for tests and the demo.
    document.documentElement.dataset.statusmarkState = 'done';
  },
});
