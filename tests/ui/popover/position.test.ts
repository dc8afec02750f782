import { describe, expect, it } from 'vitest';
import { placePopover, VIEWPORT_MARGIN } from '../../../src/ui/popover/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

describe('popover position', () => {
  it('sits below the badge, left edges aligned', () => {
    expect(placePopover({ left: 100, top: 100, width: 80, height: 20 }, size, viewport)).toEqual({
      left: 100,
      top: 126,
    });
  });

  it('goes above the badge near the bottom of the viewport', () => {
    expect(placePopover({ left: 100, top: 700, width: 80, height: 20 }, size, viewport).top).toBe(394);
  });

  it('stays inside the viewport at the right edge', () => {
    expect(placePopover({ left: 950, top: 100, width: 40, height: 20 }, size, viewport).left).toBe(
      1000 - VIEWPORT_MARGIN - 400,
    );
  });

  it('stays inside a viewport too short for it either way', () => {
    const pos = placePopover({ left: 10, top: 150, width: 40, height: 20 }, size, {
      width: 500,
      height: 320,
    });
    expect(pos.top).toBe(VIEWPORT_MARGIN + 4);
  });
});
