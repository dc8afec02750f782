import type { PopoverControllerOptions, PopoverHandle } from '../ui/popover/popover-controller';
import type { PopoverUi } from '../ui/popover/popover-ui';

/**
 * The page's handle on the popover before its module is loaded: the first toggle
 * loads it (src/page/load-own-module.ts), later calls go straight through. Until then
 * nothing of the popover (not even its event listeners) is on the page.
 */
export class LazyPopover implements PopoverHandle {
  private popover: PopoverHandle | null = null;
  private loading: Promise<PopoverHandle | null> | null = null;

  constructor(
    private readonly options: Omit<PopoverControllerOptions, 'details'>,
    private readonly load: () => Promise<PopoverUi>,
  ) {}

  get openBadge(): HTMLElement | null {
    return this.popover?.openBadge ?? null;
  }

  toggle(badge: HTMLElement): void {
    if (this.popover) return this.popover.toggle(badge);
    this.loading ??= this.load().then(
      (ui) => (this.options.signal.aborted ? null : (this.popover = ui.createPopover(this.options))),
      (error: unknown) => {
        this.loading = null;
        console.warn('Statusmark: the popover could not be loaded', error);
        return null;
      },
    );
    void this.loading.then((popover) => popover?.toggle(badge));
  }

  close(returnFocus: boolean): void {
    this.popover?.close(returnFocus);
  }
}
