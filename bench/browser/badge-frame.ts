import type { HarnessState } from './page-harness';

/** A long animation frame as the page harness keeps it: what this reads of it. */
export type LongFrame = Pick<HarnessState['frames'][number], 'start' | 'duration' | 'renderStart'>;

/**
 * The rendering cost of the frame that first shows the badges: the render part of the
 * long animation frame in which the content script marked the page done (its last task,
 * which writes the last badges, runs in that frame before the render). The annotator
 * writes a pass's badges in one slice when they fit (see src/page/annotator.ts), so this
 * is the frame that shows them all; were they spread over slices, an earlier frame
 * would show the first ones and this one the rest. The badges move the
 * page's text, so the browser lays out and repaints what follows each one: on a
 * 30,000-element page that frame is one a reader can feel, and it runs after our last
 * task, so no task of ours shows it. Frames under 50 ms have no long-animation-frame
 * entry: then 0, read as "under 50 ms".
 */
export function badgeFrameMs(frames: readonly LongFrame[], doneAt: number): number {
  // A frame that rendered nothing has renderStart 0, before any done moment.
  const frame = frames.find((f) => f.start <= doneAt && f.renderStart >= doneAt);
  return frame ? frame.start + frame.duration - frame.renderStart : 0;
}
