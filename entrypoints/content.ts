import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/page/content-main';
import { loadInterimFinder } from '../src/page/interim-finder';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) =>
    runContentScript(ctx, {
      loadFinder: loadInterimFinder,
      publishedAt: () =>
        document
          .querySelector('meta[property="article:published_time"]')
          ?.getAttribute('content')
          ?.slice(0, 10) ?? null,
    }),
});
