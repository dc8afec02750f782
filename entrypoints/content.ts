import { defineContentScript } from 'wxt/utils/define-content-script';
import { findPublishedAt } from '../src/extract/published-at';
import { runContentScript } from '../src/page/content-main';
import { engineFinder } from '../src/page/engine-finder';
import { loadDetectorFromExtension } from '../src/page/load-own-module';
import { requestMatcherRest, requestPageMatcher } from '../src/page/request-matcher';
import { markTiming, timedFinder } from '../src/page/timing-marks';

// Read when each scan runs: an SPA changes the article (and its date) without reloading.
const publishedAt = () => findPublishedAt(document);
const today = () => new Date().toISOString().slice(0, 10);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    markTiming('start');
    return runContentScript(ctx, {
      loadFinder: async () => {
        const requestMatcher = () => {
          markTiming('matcher-request');
          return requestPageMatcher({ onReceived: () => markTiming('matcher-received') });
        };
        const requestRest = (key: string) =>
          requestMatcherRest(key, { onReceived: () => markTiming('matcher-rest-received') });
        const options = { publishedAt, today, mark: markTiming, requestRest };
        return timedFinder(engineFinder(requestMatcher, options, loadDetectorFromExtension));
      },
      publishedAt: () => publishedAt()?.slice(0, 10) ?? null,
    });
  },
});
