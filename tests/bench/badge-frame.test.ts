import { describe, expect, it } from 'vitest';
import { badgeFrameMs, type LongFrame } from '../../bench/browser/badge-frame';

const frame = (start: number, duration: number, renderStart: number): LongFrame => ({
  start,
  duration,
  renderStart,
});

describe('the frame that first shows the badges', () => {
  it('is the render part of the long frame in which the page was marked done', () => {
    // The page's own load frame, then ours: 12 ms of badge writing, then 88 ms of rendering.
    const frames = [frame(10, 120, 60), frame(300, 100, 312)];
    expect(badgeFrameMs(frames, 311)).toBe(88);
  });

  it('reads as 0 (under 50 ms) when no long frame holds the moment the page was done', () => {
    expect(badgeFrameMs([frame(10, 120, 60)], 311)).toBe(0);
    expect(badgeFrameMs([], 311)).toBe(0);
  });

  it('does not take a later frame of the page, or a frame that rendered nothing', () => {
    expect(badgeFrameMs([frame(400, 80, 420)], 311)).toBe(0);
    expect(badgeFrameMs([frame(300, 60, 0)], 311)).toBe(0);
  });

  it('does not take a frame that rendered before the page was done', () => {
    expect(badgeFrameMs([frame(280, 100, 300)], 311)).toBe(0);
  });
});
