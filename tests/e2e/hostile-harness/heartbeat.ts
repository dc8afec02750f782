/**
 * A hostile page's heartbeat while Statusmark works, against the same page with
 * Statusmark off, over the same window of each page's timeline.
 *
 * On two shared cores the tick count alone is noisy: 46-100% between runs of one page,
 * falling as other work loads the machine (at a load average of 7 every task of ours
 * takes three times as long on the wall clock, and the heartbeat waits behind it), and a
 * page that relays out 100,000 elements after badges arrive loses ticks to its own
 * layout. So it is one of two tests, and a page we blocked would fail both:
 * - at least 75% of the ticks (on/off, or on/expected when the baseline stalled), and
 * - no wait between two ticks much longer than the baseline's own longest wait, or under
 *   250 ms (a blocked page waits as long as the block, however few times it happens).
 * A failed measurement is taken once more (the machine may have been busy with other
 * work): a page we really block fails both attempts.
 */
export interface Heartbeat {
  /** Ticks in the window with Statusmark on, and off. */
  on: number;
  off: number;
  /** The better of on/off and on/expected: a stall of the page's own can fall in one run's window only. */
  ratio: number;
  /** How many ticks the window holds. */
  expected: number;
  /** The longest wait between two ticks in the window: a page we blocked waits long. */
  longestGapMs: { on: number; off: number };
  /** Milliseconds since navigation: from the matcher's arrival to the end of the run. */
  window: [number, number];
}

export const MIN_HEARTBEAT_RATIO = 0.75;
export const GAP_ALLOWED_MS = 250;
export const GAP_ALLOWED_FACTOR = 1.5;

export function heartbeatHeld(heartbeat: Heartbeat): boolean {
  const { on, off } = heartbeat.longestGapMs;
  const gapOk = on < GAP_ALLOWED_MS || on <= GAP_ALLOWED_FACTOR * off;
  return heartbeat.ratio >= MIN_HEARTBEAT_RATIO && gapOk;
}

export function heartbeatOf(
  on: { ticks: number; longestGapMs: number },
  off: { ticks: number; longestGapMs: number },
  window: [number, number],
): Heartbeat {
  const expected = Math.floor((window[1] - window[0]) / 50);
  return {
    on: on.ticks,
    off: off.ticks,
    ratio: Math.max(off.ticks === 0 ? 1 : on.ticks / off.ticks, on.ticks / Math.max(expected, 1)),
    expected,
    longestGapMs: { on: on.longestGapMs, off: off.longestGapMs },
    window: [Math.round(window[0]), Math.round(window[1])],
  };
}

export const describeHeartbeat = (h: Heartbeat) =>
  `${h.on}/${h.off} ticks (${Math.round(h.ratio * 100)}%, ${h.expected} expected), ` +
  `longest gap ${h.longestGapMs.on}/${h.longestGapMs.off} ms on/off`;
