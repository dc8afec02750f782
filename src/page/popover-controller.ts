import type { DetailsState } from '../ui/popover/Popover';
import type { PopoverUi } from '../ui/popover/popover-ui';
import { markOwn } from './own-nodes';
import type { BadgeClaim } from './page-text';
import { sharedStyles, type StyleAdopter } from './shared-styles';

export const POPOVER_TAG = 'statusmark-popover';

export interface PopoverControllerOptions {
  doc: Document;
  signal: AbortSignal;
  claimFor(host: HTMLElement): BadgeClaim | undefined;
  publishedAt(): string | null;
  today(): string;
  /** "Not this claim": hide the badge and remember it. */
  dismiss(host: HTMLElement): void;
  /** Loads the popover's UI module (on first open only). */
  loadUi(): Promise<PopoverUi>;
}

/**
 * The one popover for all badges: a single shadow-root host, created on first use.
 * Focus moves into it on open and back to the badge on Esc; a click or focus outside
 * closes it; it stays beside its badge (inside the viewport) while the page scrolls.
 */
export class PopoverController {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private badge: HTMLElement | null = null;
  private details: DetailsState = { kind: 'loading' };
  private ui: { module: PopoverUi; adopt: StyleAdopter } | null = null;
  private loadingUi: Promise<void> | null = null;

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
    this.loadingUi ??= this.options.loadUi().then(
      (module) => void (this.ui = { module, adopt: sharedStyles(module.css) }),
      (error: unknown) => {
        this.loadingUi = null;
        console.warn('Statusmark: the popover could not be loaded', error);
      },
    );
    void this.loadingUi.then(() => {
      if (this.badge !== badge || !this.ui) return;
      this.render();
      this.ui.module.details.get(claim.entryId).then(
        (details) => this.detailsArrived(badge, details ? { kind: 'ready', details } : { kind: 'missing' }),
        () => this.detailsArrived(badge, { kind: 'missing' }),
      );
    });
  }

  close(returnFocus: boolean): void {
    const badge = this.badge;
    if (!badge) return;
    this.badge = null;
    if (this.container) this.ui?.module.hide(this.container);
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

  private ensureHost(adopt: StyleAdopter): HTMLElement {
    if (this.host?.isConnected && this.container) return this.container;
    const { doc } = this.options;
    this.host = markOwn(doc.createElement(POPOVER_TAG));
    const root = this.host.attachShadow({ mode: 'open' });
    adopt(root);
    this.container = doc.createElement('div');
    root.append(this.container);
    doc.documentElement.append(this.host);
    return this.container;
  }

  private render(): void {
    const badge = this.badge;
    const claim = badge && this.options.claimFor(badge);
    if (!badge || !claim) return this.close(false);
    if (!this.ui) return;
    const container = this.ensureHost(this.ui.adopt);
    this.ui.module.show(container, {
      claim,
      publishedAt: this.options.publishedAt(),
      details: this.details,
      onClose: () => this.close(true),
      onCopyCitation: () => this.copyCitation(claim),
      onDismiss: () => {
        this.close(false);
        this.options.dismiss(badge);
      },
    });
    this.reposition();
  }

  private async copyCitation(claim: BadgeClaim): Promise<boolean> {
    if (this.details.kind !== 'ready' || !claim.currentStatus || !this.ui) return false;
    const text = this.ui.module.citation({
      details: this.details.details,
      currentStatus: claim.currentStatus,
      currentSince: claim.currentSince,
      asOf: this.options.today(),
      local: claim.local === true,
    });
    return this.ui.module.copy(text, this.container ?? this.options.doc.body);
  }

  private reposition(): void {
    const panel = this.container?.firstElementChild as HTMLElement | null | undefined;
    const view = this.options.doc.defaultView;
    if (!this.badge || !panel || !view || !this.ui) return;
    const anchor = this.badge.getBoundingClientRect();
    const { left, top } = this.ui.module.place(anchor, panel.getBoundingClientRect(), {
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
