export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const VIEWPORT_MARGIN = 8;
const GAP = 6;

/**
 * Where the popover goes (viewport coordinates): below the badge when it fits, else
 * above, else wherever shows most of it; its left edge at the badge's, then pushed
 * back inside the viewport.
 */
export function placePopover(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
) {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - popover.height;
  const fitsBelow = below + popover.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  let top = fitsBelow || !fitsAbove ? below : above;
  if (!fitsBelow && !fitsAbove) {
    top = Math.max(VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - popover.height);
  }
  const maxLeft = viewport.width - VIEWPORT_MARGIN - popover.width;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top) };
}
