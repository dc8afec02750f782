import { Annotator } from './annotator';
import { createClaimHighlights } from './claim-highlights';
import type { Dismissals } from './dismissals';
import { MutationWatcher, type MutationBatch } from './mutation-watcher';
import type { BadgeClaim, ClaimFinder } from './page-text';
import { LazyPopover } from './lazy-popover';
import { markOwn } from './own-nodes';
import { newSliceClock, type SliceClock, type SliceOptions } from './scheduler';
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

  // One clock per pass: reading, detection and badges share its slices, and so do the
  // roots of one batch of changes (20 appended posts, each scanned with a fresh budget,
  // made a 42 ms task).
  const scan = async (root: Element, clock: SliceClock = newSliceClock()) => {
    // A document in design mode is being edited whole: what we added would be saved with it.
    if (doc.designMode === 'on') return quietly(() => annotator.removeAll());
    const slicing: SliceOptions = { signal, clock };
    const found = await finder.find(root, slicing);
    // Before any badge: a dismissed claim must never flash in.
    await dismissalsLoaded;
    if (signal.aborted || !root.isConnected) return;
    for (const shadow of found.shadowRoots ?? []) watcher?.observe(shadow);
    await annotator.reconcile(root, found.text, found.claims, slicing);
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
      const clock = newSliceClock();
      for (const root of batch.roots) await scan(root, clock);
      options.onCount?.(annotator.size);
    });

  watcher = new MutationWatcher(doc.documentElement, onBatch, { signal, delayMs: options.batchDelayMs });
  await enqueue(() => scan(doc.body));
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
        await scan(doc.body);
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
