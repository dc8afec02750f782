import { BADGE_TAG, createBadge, isOwnBadge, renderBadge } from '../ui/badge/badge-element';
import { composedContains } from '../extract/open-shadow-roots';
import { badgeView, type BadgeView } from '../ui/badge/status-words';
import { badgeAfter, insertBadgeAfter, type TextPoint } from './badge-placement';
import type { ClaimHighlights } from './claim-highlights';
import { claimKey, type BadgeClaim, type PageText } from './page-text';
import { runInSlices, yieldUnlessRoom, type SliceOptions } from './scheduler';

/** After the page removed a claim's badge this often, we stop putting it back (no fight). */
export const MAX_REINSERTIONS = 2;

export interface BadgeRecord {
  claim: BadgeClaim;
  key: string;
  range: Range | null;
}

export interface AnnotatorOptions {
  doc: Document;
  highlights: ClaimHighlights;
  isDismissed(claim: BadgeClaim): boolean;
  /** A badge was clicked or activated with Enter/Space. */
  onActivate(host: HTMLElement): void;
  /** Runs a DOM write of ours so the mutation observer does not take it for the page's. */
  quietly?<T>(write: () => T): T;
}

const sameView = (a: BadgeView | null, b: BadgeView | null) => JSON.stringify(a) === JSON.stringify(b);

/** Writing the badges starts a new slice unless at most this share of the current one is used. */
const WRITE_ROOM = 0.5;

/** A new badge, made off the page, and where it goes. */
interface PlannedBadge {
  claim: BadgeClaim;
  key: string;
  block: Element;
  first: TextPoint;
  /** The sentence's last character. */
  last: TextPoint;
  host: HTMLElement;
}

/** Whether the point still holds the sentence's last character (the page may have changed since extraction). */
const endsSentence = (last: TextPoint, claim: BadgeClaim) =>
  last.node.data[last.offset] === claim.sentence[claim.sentence.length - 1];

/** Places, updates and removes badges; knows every badge it made. */
export class Annotator {
  private readonly records = new Map<HTMLElement, BadgeRecord>();
  /** Badges placed inside a web component's shadow root, where a query from the document does not reach. */
  private readonly inShadowRoots = new Set<HTMLElement>();
  private readonly removedByPage = new Map<string, number>();
  private readonly onClick = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    this.options.onActivate(event.currentTarget as HTMLElement);
  };
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    this.options.onActivate(event.currentTarget as HTMLElement);
  };

  constructor(private readonly options: AnnotatorOptions) {}

  /** A DOM write of ours, hidden from the mutation observer when there is one. */
  private quietly<T>(write: () => T): T {
    return this.options.quietly ? this.options.quietly(write) : write();
  }

  get size(): number {
    return this.records.size;
  }

  record(host: HTMLElement): BadgeRecord | undefined {
    return this.records.get(host);
  }

  /** Every badge and its claim, in no particular order. */
  entries(): IterableIterator<[HTMLElement, BadgeRecord]> {
    return this.records.entries();
  }

  /**
   * Makes the badges under `scopes` match `claims` (found in `text`, extracted from the
   * scopes): keeps badges still right, adds missing ones, removes those whose sentence
   * is gone. First every claim is read and its badge made, off the page, in slices; then
   * all the page's changes are written in one slice if they fit, so the page lays itself
   * out once, after us, not between our slices (80-100 ms each on a 30,000-element page).
   * Claims go last-first so splitting a Text node never shifts a later point.
   */
  async reconcile(
    scopes: readonly Element[],
    text: PageText,
    claims: BadgeClaim[],
    slicing: SliceOptions = {},
  ) {
    const before = this.badgesUnder(scopes);
    const kept = new Set<HTMLElement>();
    const ordered = [...claims].sort((a, b) => b.blockIndex - a.blockIndex || b.end - a.end);
    const planned: PlannedBadge[] = [];
    const seen = new Set<string>();
    await runInSlices(
      ordered,
      (claim) => {
        // One badge per item at a sentence end, even if the item was claimed twice there.
        const place = `${claim.blockIndex} ${claim.end} ${claim.entryId}`;
        if (seen.has(place)) return;
        seen.add(place);
        const plan = this.plan(claim, text, kept);
        if (plan) planned.push(plan);
      },
      slicing,
    );
    const quietly = this.options.quietly ?? ((write) => write());
    await yieldUnlessRoom(slicing, WRITE_ROOM);
    await runInSlices(planned, (plan) => quietly(() => this.insert(plan, kept)), slicing);
    quietly(() => {
      for (const host of before) if (!kept.has(host)) this.remove(host);
    });
  }

  /**
   * Ours under the scopes, in web components' shadow roots too. A query of each scope, not a
   * look at every badge: a live blog rescans the posts it appends, and checking the page's
   * 200 badges against each post was 8 ms of DOM calls (contains, getRootNode) over
   * F3-dyn's 20 appends, profiled; each append took 4.5 ms, then 2.3.
   */
  private badgesUnder(scopes: readonly Element[]): HTMLElement[] {
    // A page's first pass has none yet: no query of the whole page for them.
    if (this.records.size === 0) return [];
    const found = new Set<HTMLElement>();
    for (const scope of scopes) {
      for (const host of scope.querySelectorAll<HTMLElement>(BADGE_TAG))
        if (this.records.has(host)) found.add(host);
      for (const host of this.inShadowRoots) if (composedContains(scope, host)) found.add(host);
    }
    return [...found];
  }

  /**
   * What a claim needs, read from the page without changing it: nothing (dismissed, or the
   * page changed), an existing badge brought up to date (kept), or a new badge to insert.
   */
  private plan(claim: BadgeClaim, text: PageText, kept: Set<HTMLElement>): PlannedBadge | null {
    const view = badgeView(claim);
    const key = claimKey(claim);
    if (!view || this.options.isDismissed(claim)) return null;
    if ((this.removedByPage.get(key) ?? 0) > MAX_REINSERTIONS) return null;
    const block = text.blockElement(claim.blockIndex);
    const last = text.locate(claim.blockIndex, claim.end - 1);
    const first = text.locate(claim.blockIndex, claim.start);
    if (!block || !last || !first || !endsSentence(last, claim)) return null;
    const end: TextPoint = { node: last.node, offset: last.offset + 1 };

    const existing = badgeAfter(end, block, claim.entryId);
    const existingRecord = existing && this.records.get(existing);
    if (existing && existingRecord) {
      if (!sameView(badgeView(existingRecord.claim), view)) {
        this.quietly(() => renderBadge(existing, view));
      }
      existingRecord.claim = claim;
      kept.add(existing);
      return null;
    }
    return { claim, key, block, first, last, host: createBadge(this.options.doc, view) };
  }

  private insert({ claim, key, block, first, last, host }: PlannedBadge, kept: Set<HTMLElement>): void {
    // The page may have changed since the plan was made (a slice ago).
    if (!endsSentence(last, claim)) return;
    const end: TextPoint = { node: last.node, offset: last.offset + 1 };
    if (!insertBadgeAfter(end, block, host)) return;
    host.addEventListener('click', this.onClick);
    host.addEventListener('keydown', this.onKey);
    const range = this.options.doc.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(end.node, end.offset);
    this.options.highlights.add(range);
    this.records.set(host, { claim, key, range });
    if (host.getRootNode() !== this.options.doc) this.inShadowRoots.add(host);
    kept.add(host);
  }

  /** Removes one of our badges (and its underline). */
  remove(host: HTMLElement): void {
    const record = this.records.get(host);
    if (!record) return;
    this.records.delete(host);
    this.inShadowRoots.delete(host);
    if (record.range) this.options.highlights.delete(record.range);
    host.removeEventListener('click', this.onClick);
    host.removeEventListener('keydown', this.onKey);
    host.remove();
  }

  /** The page took one of our badges out: count it, so a page that keeps doing so wins. */
  notePageRemoved(host: HTMLElement): void {
    const record = this.records.get(host);
    if (!record || host.isConnected) return;
    this.removedByPage.set(record.key, (this.removedByPage.get(record.key) ?? 0) + 1);
    this.remove(host);
  }

  /** Forgets badges that left the page with their sentence (a removed paragraph). */
  sweepDisconnected(): void {
    for (const host of this.records.keys()) if (!host.isConnected) this.remove(host);
  }

  removeAll(): void {
    for (const host of [...this.records.keys()]) this.remove(host);
    this.options.highlights.clear();
  }
}

export { badgeView, isOwnBadge };
