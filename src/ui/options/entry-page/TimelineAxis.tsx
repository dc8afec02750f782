import type { Status } from '../../../kb/schema';
import { STATUS_WORDS } from '../../badge/status-words';
import { readableDate } from '../../shared/dates';
import { AXIS, layoutTimeline, type AxisEvent } from './timeline-layout';

const ICON_PATHS: Record<Status, string> = {
  proposed: 'M-3.5 3.5l1-3.2 5-5 2.2 2.2-5 5z',
  reported: 'M-2 -2.2a2.2 2.2 0 1 1 3 2c-.5.3-1 .7-1 1.3v.6M0 3.6v.2',
  official: 'M-3.5 .2l2.4 2.4 4.6-4.8',
  rescinded: 'M-3 -3l6 6M3 -3l-6 6',
};

const labelOf = (e: AxisEvent) => `${STATUS_WORDS[e.status]}${e.local ? ' (local)' : ''}`;

/**
 * The entry's timeline drawn on a time axis. Each event is a mark coloured by its
 * status, with the status's icon inside and its word and date written under it, so
 * nothing depends on colour. The SVG is one image for assistive technology; the list
 * of events below it (`describedBy`) is its text alternative.
 */
export function TimelineAxis(props: {
  events: readonly AxisEvent[];
  today: string;
  title: string;
  describedBy: string;
}) {
  const layout = layoutTimeline(props.events, props.today, (e) =>
    Math.max(labelOf(e).length, readableDate(e.date).length),
  );
  return (
    <figure class="timeline-figure">
      <svg
        class="timeline-axis"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby="axis-title"
        aria-describedby={props.describedBy}
      >
        <title id="axis-title">{props.title}</title>
        <line
          class="axis-line"
          x1={AXIS.margin / 2}
          x2={layout.width - AXIS.margin / 2}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.ticks.map((tick) => (
          <g key={tick.label} class="tick">
            <line x1={tick.x} x2={tick.x} y1={layout.axisY - 5} y2={layout.axisY + 5} />
            <text x={tick.x} y={layout.axisY - 12} text-anchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        <g class="today">
          <line x1={layout.todayX} x2={layout.todayX} y1={layout.axisY - 30} y2={layout.axisY + 8} />
          <text x={layout.todayX} y={layout.axisY - 32} text-anchor="middle">
            today
          </text>
        </g>
        {layout.marks.map((mark, i) => (
          <line
            key={i}
            class="leader"
            x1={mark.x}
            x2={mark.labelX + 9}
            y1={layout.axisY}
            y2={layout.axisY + 25 + mark.lane * AXIS.laneHeight}
          />
        ))}
        {layout.marks.map((mark, i) => {
          const laneY = layout.axisY + 34 + mark.lane * AXIS.laneHeight;
          const iconX = mark.labelX + 9;
          return (
            <g
              key={i}
              class={`mark status-${mark.status}${mark.local ? ' local' : ''}`}
              data-status={mark.status}
            >
              <circle class="dot" cx={mark.x} cy={layout.axisY} r="5" />
              <rect
                class="label-bg"
                x={mark.labelX - 2}
                y={laneY - 13}
                width={mark.labelWidth + 4}
                height={30}
                rx={4}
              />
              <circle cx={iconX} cy={laneY} r="9" />
              <path transform={`translate(${iconX} ${laneY})`} d={ICON_PATHS[mark.status]} />
              <text x={mark.labelX + AXIS.iconWidth} y={laneY - 2} class="mark-status">
                {labelOf(mark)}
              </text>
              <text x={mark.labelX + AXIS.iconWidth} y={laneY + 12} class="mark-date">
                {readableDate(mark.date)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
