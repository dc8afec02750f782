import { Annotator } from './annotator';
import { createClaimHighlights } from './claim-highlights';
import type { Dismissals } from './dismissals';
import { MutationWatcher, type MutationBatch } from './mutation-watcher';
import type { BadgeClaim, ClaimFinder } from './page-text';
import { LazyPopover } from './lazy-popover';
import { markOwn } from './own-nodes';
import { newSliceClock, type SliceOptions } from './scheduler';
import type { PopoverUi } from '../ui/popover/popover-ui';

export interface PageAnnotationOptions {
  doc: Document;
  signal: AbortSignal;
  finder: ClaimFinder;
  /** Loads the popover's UI module, the first time a badge is opened. */
  loadPopoverUi(): Promise<PopoverUi>;
  /** The page's "not this claim" records; the page is read while they load (storage is slow to answer). */
  dismissals: Dismissals | Promise<Dismissals>;
  publishedAt(): string | null;
  today(): string;
  /** Called after each pass with the number of badges on the page. */
  onCount?(count: number): void;
  /** How long page changes are gathered before a rescan. */
  batchDelayMs?: number;
}

export interface PageAnnotation {
  /** Scans the whole page again (new matcher, or an SPA route change with `fresh`). */
  rescan(options?: { fresh?: boolean; finder?: ClaimFinder }): Promise<void>;
  /** The claims that have a badge now, in document order. */
  claims(): { host: HTMLElement; claim: BadgeClaim }[];
  readonly count: number;
}

/**
 * Annotates a page and keeps it annotated: a first full pass, then only the blocks the
 * page changes. Passes run one at a time, each sliced; everything stops with `signal`.
 */
export async function startPageAnnotation(options: PageAnnotationOptions): Promise<PageAnnotation> {
  const { doc, signal } = options;
  let finder = options.finder;
  let dismissals: Dismissals | null = null;
  const dismissalsLoaded = Promise.resolve(options.dismissals).then((loaded) => void (dismissals = loaded));
  const highlights = createClaimHighlights(doc);
  let watcher: MutationWatcher | null = null;
  const quietly = <T>(write: () => T): T => (watcher ? watcher.quietly(write) : write());
  const popover = new LazyPopover(
    {
      doc,
      signal,
      claimFor: (host) => annotator.record(host)?.claim,
      publishedAt: options.publishedAt,
      today: options.today,
      markOwn,
      dismiss(host) {
        const record = annotator.record(host);
        if (record) dismissals?.dismiss(record.claim);
        quietly(() => annotator.remove(host));
        options.onCount?.(annotator.size);
      },
    },
    options.loadPopoverUi,
  );
  const annotator: Annotator = new Annotator({
    doc,
    highlights,
    isDismissed: (claim) => dismissals?.isDismissed(claim) ?? false,
    onActivate: (host) => popover.toggle(host),
    quietly,
  });
  signal.addEventListener(
    'abort',
    () => {
      quietly(() => annotator.removeAll());
      highlights.dispose();
    },
    { once: true },
  );

  // One pass per batch of changes, not one per root. A live blog's 20 new posts were 20
  // passes on one slice clock; when the slice ran out between two of them, the rest waited
  // behind the page's own tasks, and the passes of one batch added up to as much as
  // 110-136 ms (F3-dyn; median 2.5-3.8). As one pass the batch is read, detected and
  // written once: at most 15-41 ms, and the extension's tasks took 10-17 ms of CPU an
  // append against 16-52 (traced, their garbage collections included).
  const scan = async (roots: readonly Element[]) => {
    // A document in design mode is being edited whole: what we added would be saved with it.
    if (doc.designMode === 'on') return quietly(() => annotator.removeAll());
    const slicing: SliceOptions = { signal, clock: newSliceClock() };
    const found = await finder.find(roots, slicing);
    // Before any badge: a dismissed claim must never flash in.
    await dismissalsLoaded;
    // Roots the page took out meanwhile: no badge can go in them, and theirs left with them.
    const inPage = roots.filter((root) => root.isConnected);
    if (signal.aborted || inPage.length === 0) return;
    for (const shadow of found.shadowRoots ?? []) watcher?.observe(shadow);
    await annotator.reconcile(inPage, found.text, found.claims, slicing);
  };
  // One pass at a time: two passes over one block must not both add a badge.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work).catch((error: unknown) => {
      if (!signal.aborted) console.warn('Statusmark: annotation failed', error);
    });
    return queue;
  };

  const onBatch = (batch: MutationBatch) =>
    enqueue(async () => {
      quietly(() => batch.foreignBadges.forEach((el) => el.remove()));
      batch.removedBadges.forEach((host) => annotator.notePageRemoved(host));
      if (batch.somethingRemoved || batch.removedBadges.length > 0) annotator.sweepDisconnected();
      if (popover.openBadge && !popover.openBadge.isConnected) popover.close(false);
      if (batch.roots.length > 0) await scan(batch.roots);
      options.onCount?.(annotator.size);
    });

  watcher = new MutationWatcher(doc.documentElement, onBatch, { signal, delayMs: options.batchDelayMs });
  await enqueue(() => scan([doc.body]));
  if (!signal.aborted) {
    // A public signal that the first pass finished, for tests and the demo.
    doc.documentElement.setAttribute('data-statusmark-state', 'done');
    options.onCount?.(annotator.size);
  }

  return {
    rescan: ({ fresh = false, finder: next } = {}) =>
      enqueue(async () => {
        if (next) finder = next;
        if (fresh) {
          popover.close(false);
          quietly(() => annotator.removeAll());
        }
        await scan([doc.body]);
        options.onCount?.(annotator.size);
      }),
    claims: () =>
      [...annotator.entries()]
        .map(([host, record]) => ({ host, claim: record.claim }))
        .sort((a, b) => (a.host.compareDocumentPosition(b.host) & 4 ? -1 : 1)),
    get count() {
      return annotator.size;
    },
  };
}
