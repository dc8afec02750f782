import { describe, expect, it } from 'vitest';
import {
  AXIS,
  dateValue,
  layoutTimeline,
  type AxisEvent,
} from '../../../src/ui/options/entry-page/timeline-layout';

const chars = () => 12;
const event = (date: string, status: AxisEvent['status'] = 'reported'): AxisEvent => ({
  date,
  status,
  local: false,
});

describe('timeline axis layout', () => {
  it('places events left to right by date, with today at or after the last event', () => {
    const layout = layoutTimeline(
      [event('2025-07-17'), event('2025-08-07', 'official')],
      '2026-11-27',
      chars,
    );
    const [a, b] = layout.marks;
    expect(a!.x).toBeLessThan(b!.x);
    expect(layout.todayX).toBeGreaterThan(b!.x);
    expect(a!.x).toBeGreaterThanOrEqual(AXIS.margin);
    expect(layout.todayX).toBeLessThanOrEqual(AXIS.width - AXIS.margin);
  });

  it('reads month-only and year-only dates as the start of that month or year', () => {
    expect(dateValue('2025-04')).toBe(Date.UTC(2025, 3, 1));
    expect(dateValue('2026')).toBe(Date.UTC(2026, 0, 1));
  });

  it('puts labels that would overlap in lower lanes, and spaced ones in the first lane', () => {
    const crowded = layoutTimeline(
      [event('2025-08-06'), event('2025-08-07', 'official'), event('2025-08-12', 'official')],
      '2025-09-01',
      chars,
    );
    expect(crowded.marks.map((m) => m.lane)).toEqual([0, 1, 2]);
    const spaced = layoutTimeline(
      [event('2020-01-01'), event('2026-01-01', 'official')],
      '2026-02-01',
      chars,
    );
    expect(spaced.marks.map((m) => m.lane)).toEqual([0, 0]);
    expect(crowded.height).toBeGreaterThan(spaced.height);
  });

  it('keeps every label inside the drawing', () => {
    const layout = layoutTimeline(
      [event('2020-01-01'), event('2026-11-27', 'official')],
      '2026-11-27',
      () => 30,
    );
    for (const mark of layout.marks) {
      expect(mark.labelX).toBeGreaterThanOrEqual(0);
      expect(mark.labelX + AXIS.iconWidth + 30 * AXIS.charWidth).toBeLessThanOrEqual(AXIS.width);
    }
  });

  it('ticks years for a long timeline and months for a short one', () => {
    const long = layoutTimeline([event('2018-03-01'), event('2026-01-01')], '2026-11-27', chars);
    expect(long.ticks.map((t) => t.label)).toEqual(['2018', '2020', '2022', '2024', '2026']);
    const short = layoutTimeline([event('2025-07-17')], '2025-09-30', chars);
    expect(short.ticks.map((t) => t.label)).toEqual(['Aug 2025', 'Sep 2025', 'Oct 2025']);
  });
});
