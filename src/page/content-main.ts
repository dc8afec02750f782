import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { claimCountReporter } from './claim-count-reporter';
import { loadPopoverUiFromExtension } from './load-own-module';
import { dismissalPage, loadDismissals } from './dismissals';
import { ignoreForgedRestarts } from './forged-restart-guard';
import { startPageAnnotation, type PageAnnotation } from './page-annotation';
import { answerPageInfo, onKbChanged } from './page-info';
import { answerPageClaims } from './page-claims-responder';
import type { ClaimFinder } from './page-text';
import { readActive, storedDismissals, watchActive } from './stored-settings';

export interface ContentDeps {
  /** Makes a finder, which asks the background for the prepared matcher (one request) at once. */
  loadFinder(): Promise<ClaimFinder>;
  /** The article's publication day (YYYY-MM-DD) as the page states it now, or null. */
  publishedAt(): string | null;
}

/** The article a URL shows: everything but the #fragment. */
const routeOf = (url: string) => url.split('#')[0];
const todayIso = () => new Date().toISOString().slice(0, 10);
const setState = (state: string) => document.documentElement.setAttribute('data-statusmark-state', state);

/**
 * The content script: nothing heavy until the background sent the matcher; then one
 * annotation session per page, stopped when the site is turned off or Statusmark is
 * paused, started again when it is turned back on. SPA route changes start over with
 * the new page's date; a KB change rescans with a fresh matcher.
 */
export async function runContentScript(ctx: ContentScriptContext, deps: ContentDeps): Promise<void> {
  // First, before the page can act: a page must not be able to shut Statusmark down.
  ignoreForgedRestarts(ctx.signal);
  let session: { controller: AbortController; annotation: Promise<PageAnnotation | null> } | null = null;
  // One matcher request per page (and per KB change), shared by every session.
  let finder: Promise<ClaimFinder> | null = null;
  const loadFinder = () =>
    (finder ??= deps.loadFinder().catch((error: unknown) => ((finder = null), Promise.reject(error))));
  const toBackground = claimCountReporter(ctx.signal);
  // Counted as the annotation reports it: badges in web components' shadow roots too.
  let badges = 0;
  const report = (count: number) => {
    badges = count;
    toBackground(count);
  };
  answerPageInfo(ctx.signal, () => badges);
  // The popup's list and report: the badged claims once the page's first pass is done.
  answerPageClaims(ctx.signal, {
    claims: async () => (await session?.annotation.catch(() => null))?.claims() ?? [],
    active: () => session !== null,
    publishedAt: deps.publishedAt,
  });

  const start = () => {
    setState('scanning');
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const annotation = (async () => {
      const dismissals = loadDismissals(dismissalPage(location.href), storedDismissals);
      const claimFinder = await loadFinder();
      if (controller.signal.aborted) return null;
      claimFinder.reset?.();
      return startPageAnnotation({
        doc: document,
        signal: controller.signal,
        finder: claimFinder,
        loadPopoverUi: loadPopoverUiFromExtension,
        dismissals,
        publishedAt: deps.publishedAt,
        today: todayIso,
        onCount: report,
      });
    })();
    annotation.catch((error: unknown) => {
      setState('error');
      console.warn('Statusmark could not annotate this page:', error);
    });
    session = { controller, annotation };
  };
  const stop = () => {
    session?.controller.abort();
    session = null;
    report(0);
  };
  const apply = (active: boolean) => {
    if (active && !session) start();
    else if (!active && session) stop();
    if (!active) setState('off');
  };

  watchActive(ctx.signal, () => location.href, apply);
  // The matcher is asked for while the settings are read: on most pages Statusmark is on,
  // and the request (no page content in it) then has a head start.
  void loadFinder().catch(() => {});
  apply(await readActive(location.href));

  // A new route is a new article (its own date and dismissals): start over once the
  // app has had a moment to render it. Changes it makes later reach the observer.
  // A #fragment change (a table of contents, "jump to comments") is the same article.
  let routeTimer: number | undefined;
  let route = routeOf(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (routeOf(location.href) === route) return;
    route = routeOf(location.href);
    clearTimeout(routeTimer);
    routeTimer = ctx.setTimeout(() => {
      if (!session) return;
      stop();
      start();
    }, 250);
  });
  onKbChanged(ctx.signal, () => {
    finder = null;
    const current = session;
    void current?.annotation.then(async (annotation) => {
      if (annotation) await annotation.rescan({ finder: await loadFinder() });
    });
  });
}
