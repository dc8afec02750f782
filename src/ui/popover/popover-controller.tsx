import { render } from 'preact';
import { sharedStyles } from '../../page/shared-styles';
import type { BadgeClaim } from '../../page/page-text';
import { formatCitation } from './citation';
import { copyText } from './copy-text';
import type { EntryDetailsSource } from './entry-details';
import POPOVER_CSS from './popover.css?inline';
import { Popover, type DetailsState } from './Popover';
import { placePopover } from './position';

export const POPOVER_TAG = 'statusmark-popover';
const adoptPopoverStyles = sharedStyles(POPOVER_CSS);

export interface PopoverControllerOptions {
  doc: Document;
  signal: AbortSignal;
  /** Entry details by id, asked for when a popover opens. */
  details: EntryDetailsSource;
  claimFor(host: HTMLElement): BadgeClaim | undefined;
  publishedAt(): string | null;
  today(): string;
  /** "Not this claim": hide the badge and remember it. */
  dismiss(host: HTMLElement): void;
  /** Registers the popover's host as the content script's own (its mutation observer ignores it). */
  markOwn(node: Node): void;
}

/** What the page side holds of the popover. */
export interface PopoverHandle {
  readonly openBadge: HTMLElement | null;
  toggle(badge: HTMLElement): void;
  close(returnFocus: boolean): void;
}

/**
 * The one popover for all badges: a single shadow-root host, created on first use.
 * Focus moves into it on open and back to the badge on Esc; a click or focus outside
 * closes it; it stays beside its badge (inside the viewport) while the page scrolls.
 * It lives in the lazily loaded UI module (popover-ui.tsx), with Preact.
 */
export class PopoverController implements PopoverHandle {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private badge: HTMLElement | null = null;
  private details: DetailsState = { kind: 'loading' };

  constructor(private readonly options: PopoverControllerOptions) {
    const { doc, signal } = options;
    const listen = { capture: true, signal };
    doc.addEventListener('pointerdown', (event) => this.closeIfOutside(event), listen);
    doc.addEventListener('focusin', (event) => this.closeIfOutside(event), listen);
    doc.addEventListener('keydown', (event) => this.onKeydown(event), listen);
    doc.defaultView?.addEventListener('resize', () => this.reposition(), { passive: true, signal });
    doc.addEventListener('scroll', () => this.reposition(), { passive: true, capture: true, signal });
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  get openBadge(): HTMLElement | null {
    return this.badge;
  }

  /** Opens for `badge`, or closes when it is already open for it. */
  toggle(badge: HTMLElement): void {
    if (this.badge === badge) return this.close(true);
    const claim = this.options.claimFor(badge);
    if (!claim) return;
    this.badge = badge;
    this.details = { kind: 'loading' };
    this.render();
    this.options.details.get(claim.entryId).then(
      (details) => this.detailsArrived(badge, details ? { kind: 'ready', details } : { kind: 'missing' }),
      () => this.detailsArrived(badge, { kind: 'missing' }),
    );
  }

  close(returnFocus: boolean): void {
    const badge = this.badge;
    if (!badge) return;
    this.badge = null;
    if (this.container) render(null, this.container);
    if (returnFocus && badge.isConnected) badge.focus();
  }

  dispose(): void {
    this.close(false);
    this.host?.remove();
    this.host = null;
    this.container = null;
  }

  private detailsArrived(badge: HTMLElement, details: DetailsState): void {
    if (this.badge !== badge) return;
    this.details = details;
    this.render();
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.container) return this.container;
    const { doc } = this.options;
    this.host = doc.createElement(POPOVER_TAG);
    this.options.markOwn(this.host);
    const root = this.host.attachShadow({ mode: 'open' });
    adoptPopoverStyles(root);
    this.container = doc.createElement('div');
    root.append(this.container);
    doc.documentElement.append(this.host);
    return this.container;
  }

  private render(): void {
    const badge = this.badge;
    const claim = badge && this.options.claimFor(badge);
    if (!badge || !claim) return this.close(false);
    render(
      <Popover
        claim={claim}
        publishedAt={this.options.publishedAt()}
        details={this.details}
        onClose={() => this.close(true)}
        onCopyCitation={() => this.copyCitation(claim)}
        onDismiss={() => {
          this.close(false);
          this.options.dismiss(badge);
        }}
      />,
      this.ensureHost(),
    );
    this.reposition();
  }

  private async copyCitation(claim: BadgeClaim): Promise<boolean> {
    if (this.details.kind !== 'ready' || !claim.currentStatus) return false;
    const text = formatCitation({
      details: this.details.details,
      currentStatus: claim.currentStatus,
      currentSince: claim.currentSince,
      asOf: this.options.today(),
      local: claim.local === true,
    });
    return copyText(text, this.container ?? this.options.doc.body);
  }

  private reposition(): void {
    const panel = this.container?.firstElementChild as HTMLElement | null | undefined;
    const view = this.options.doc.defaultView;
    if (!this.badge || !panel || !view) return;
    const { left, top } = placePopover(this.badge.getBoundingClientRect(), panel.getBoundingClientRect(), {
      width: view.innerWidth,
      height: view.innerHeight,
    });
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  }

  private closeIfOutside(event: Event): void {
    if (!this.badge) return;
    const path = event.composedPath();
    if (this.host && path.includes(this.host)) return;
    if (path.includes(this.badge)) return;
    this.close(false);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.badge) return;
    const path = event.composedPath();
    if ((this.host && path.includes(this.host)) || path.includes(this.badge)) {
      event.stopPropagation();
      this.close(true);
    }
  }
}
