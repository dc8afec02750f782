import type { Status } from '../../../kb/schema';

/**
 * Where the timeline's marks, labels and ticks go on the SVG time axis. DOM-free and
 * tested: dates become x positions, labels that would overlap go to lower lanes,
 * and the ticks suit the span (years, or months for a short timeline).
 */

export interface AxisEvent {
  date: string;
  status: Status;
  /** A status the user verified (a note), not a KB event. */
  local: boolean;
}

export interface AxisMark extends AxisEvent {
  x: number;
  /** The left edge of the mark's label (its icon, then its words), moved in so it never leaves the drawing. */
  labelX: number;
  /** The label's width, icon included. */
  labelWidth: number;
  /** 0 = the first row of labels under the axis; higher lanes sit lower. */
  lane: number;
}

export interface AxisTick {
  x: number;
  label: string;
}

export interface AxisLayout {
  width: number;
  height: number;
  axisY: number;
  marks: AxisMark[];
  ticks: AxisTick[];
  /** Where "today" is on the axis. */
  todayX: number;
}

export const AXIS = {
  width: 720,
  margin: 48,
  axisY: 44,
  laneHeight: 40,
  charWidth: 7.2,
  labelGap: 12,
  iconWidth: 24,
};

/** A KB date as UTC milliseconds: "2025-04" is the 1st of April, "2026" the 1st of January. */
export function dateValue(date: string): number {
  const [y = '1970', m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

const DAY = 86_400_000;

function ticksFor(start: number, end: number, x: (t: number) => number): AxisTick[] {
  const first = new Date(start);
  const years = (end - start) / (365 * DAY);
  const monthsStep = years > 6 ? 24 : years > 2.5 ? 12 : years > 1 ? 6 : years > 0.4 ? 3 : 1;
  const ticks: AxisTick[] = [];
  let year = first.getUTCFullYear();
  let month = monthsStep >= 12 ? 0 : Math.floor(first.getUTCMonth() / monthsStep) * monthsStep;
  if (monthsStep === 24 && year % 2) year -= 1;
  for (let guard = 0; guard < 200; guard++) {
    const t = Date.UTC(year, month, 1);
    if (t > end) break;
    if (t >= start) {
      const name = new Date(t).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
      ticks.push({ x: x(t), label: monthsStep >= 12 ? String(year) : `${name} ${year}` });
    }
    month += monthsStep;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return ticks;
}

/** Lays out events (oldest first) on an axis that runs to `today` or the last event. */
export function layoutTimeline(
  events: readonly AxisEvent[],
  today: string,
  labelChars: (e: AxisEvent) => number,
) {
  const times = events.map((e) => dateValue(e.date));
  const first = Math.min(...times, dateValue(today));
  const last = Math.max(...times, dateValue(today));
  const pad = Math.max((last - first) * 0.04, 15 * DAY);
  const start = first - pad;
  const end = last + pad;
  const span = AXIS.width - 2 * AXIS.margin;
  const x = (t: number) => AXIS.margin + ((t - start) / (end - start)) * span;

  const laneEnds: number[] = [];
  const marks: AxisMark[] = events.map((event, i) => {
    const at = x(times[i] ?? start);
    const labelWidth = AXIS.iconWidth + labelChars(event) * AXIS.charWidth;
    const labelX = Math.min(Math.max(at - 9, 2), AXIS.width - labelWidth - 2);
    let lane = laneEnds.findIndex((endX) => endX + AXIS.labelGap <= labelX);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = labelX + labelWidth;
    return { ...event, x: at, labelX, labelWidth, lane };
  });
  const lanes = Math.max(1, laneEnds.length);
  const layout: AxisLayout = {
    width: AXIS.width,
    height: AXIS.axisY + 16 + lanes * AXIS.laneHeight,
    axisY: AXIS.axisY,
    marks,
    ticks: ticksFor(start, end, x),
    todayX: x(dateValue(today)),
  };
  return layout;
}
