import { BADGE_TAG, isOwnBadge } from '../ui/badge/badge-element';
import { isBlockElement, outermostRoots } from './block-roots';
import { ChangePlaces } from './change-places';
import { isOwnNode } from './own-nodes';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** What changed in the page since the last batch. */
export interface MutationBatch {
  /** Blocks to rescan (outermost only, still in the page). */
  roots: Element[];
  /** Our badges the page took out. */
  removedBadges: HTMLElement[];
  /** `statusmark-badge` elements that are not ours (the page cloned one): to be removed. */
  foreignBadges: Element[];
  /** Some element left the page: badges inside it must be forgotten. */
  somethingRemoved: boolean;
}

export interface WatcherOptions {
  signal: AbortSignal;
  /** How long to gather changes before handling them (pages often change in bursts). */
  delayMs?: number;
  /** The longest wait a page that never stops changing backs off to (default 1 s). */
  maxDelayMs?: number;
}

/**
 * The one MutationObserver. Changes are gathered into batches; our own writes are
 * dropped through `quietly`, so badges we add or remove never make us rescan (no loops).
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private roots = new Set<Element>();
  private removedBadges = new Set<HTMLElement>();
  private foreignBadges = new Set<Element>();
  private somethingRemoved = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  /** Batches in a row whose changes came right after the one before: a page that never stops. */
  private busyStreak = 0;
  private lastFlushEnd = -Infinity;
  private readonly watched = new WeakSet<ShadowRoot>();

  constructor(
    private readonly target: Node,
    private readonly onBatch: (batch: MutationBatch) => Promise<void>,
    private readonly options: WatcherOptions,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(target, OBSERVED);
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Runs a DOM write of ours without it coming back as a change to handle. */
  quietly<T>(write: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return write();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** Also watches an open shadow root (a web component's text); once per root is enough. */
  observe(shadowRoot: ShadowRoot): void {
    if (this.watched.has(shadowRoot) || this.options.signal.aborted) return;
    this.watched.add(shadowRoot);
    this.observer.observe(shadowRoot, OBSERVED);
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private collect(records: MutationRecord[]): void {
    if (records.length === 0 || this.options.signal.aborted) return;
    const places = new ChangePlaces(this.target.ownerDocument ?? (this.target as Document));
    for (const record of records) this.classify(record, places);
    if (this.hasPending()) this.schedule();
  }

  /** Runs for every record of a page's change: a ticker sends a thousand per round, so DOM reads are few. */
  private classify(record: MutationRecord, places: ChangePlaces): void {
    const target = places.of(record.target);
    if (target.ignored) return;
    if (record.type === 'characterData') return this.addRoot(target.block);
    // Text (or an inline element) came or went: the target's block reads differently.
    let textChanged = false;
    const removed = record.removedNodes;
    for (let i = 0; i < removed.length; i++) {
      const node = removed[i]!;
      const type = node.nodeType;
      if (type === 3) textChanged = true;
      if (type !== 1) continue;
      if (isOwnBadge(node)) {
        this.removedBadges.add(node);
        textChanged = true;
      }
      if (isOwnNode(node)) continue;
      this.somethingRemoved = true;
      // A whole block left: nothing to rescan.
      if (!isBlockElement(node)) textChanged = true;
    }
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      const type = node.nodeType;
      if (type === 3) textChanged = true;
      if (type !== 1 || isOwnNode(node)) continue;
      const el = node as Element;
      if (el.localName === BADGE_TAG) this.foreignBadges.add(el);
      // A leaf holds no badge: no query for each of a ticker's thousand new cells.
      if (el.firstElementChild)
        for (const inner of el.querySelectorAll(BADGE_TAG))
          if (!isOwnBadge(inner)) this.foreignBadges.add(inner);
      this.addRoot(places.of(el).block);
    }
    if (textChanged) this.addRoot(target.block);
  }

  private hasPending(): boolean {
    const changes = this.roots.size + this.removedBadges.size + this.foreignBadges.size;
    return changes > 0 || this.somethingRemoved;
  }

  private addRoot(root: Element | null): void {
    // Changes right under <html> are scripts and the like; a new <body> arrives as its own root.
    if (root && !this.roots.has(root) && !isOwnNode(root) && root.localName !== 'html') this.roots.add(root);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.running) return;
    // A live ticker changes every few milliseconds, forever: rescanning it each time would
    // take a steady share of the page's main thread for nothing. Each batch that follows
    // straight on from the last waits twice as long, up to a second; a quiet moment resets.
    const base = this.options.delayMs ?? 60;
    const busy = performance.now() - this.lastFlushEnd < base;
    this.busyStreak = busy ? Math.min(this.busyStreak + 1, 16) : 0;
    const delay = Math.min(base * 2 ** this.busyStreak, this.options.maxDelayMs ?? 1_000);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const batch: MutationBatch = {
      roots: outermostRoots(this.roots),
      removedBadges: [...this.removedBadges],
      foreignBadges: [...this.foreignBadges].filter((el) => el.isConnected),
      somethingRemoved: this.somethingRemoved,
    };
    this.roots = new Set();
    this.removedBadges = new Set();
    this.foreignBadges = new Set();
    this.somethingRemoved = false;
    this.running = true;
    try {
      await this.onBatch(batch);
    } finally {
      this.running = false;
      this.lastFlushEnd = performance.now();
      if (this.hasPending() && !this.options.signal.aborted) this.schedule();
    }
  }
}
