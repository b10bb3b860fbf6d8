import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One bar of the pillar chart: the city's score with the median and the leader of the pillar. */
export interface PillarBar {
  label: string;
  score: number | null;
  median: number;
  leader: number;
}

/** A label cut to 22 characters for the axis (the table beside the chart has the full name). */
const shortLabel = (label: string) =>
  [...label].length > 22 ? `${[...label].slice(0, 21).join('')}…` : label;

/** Height of the pillar chart for a number of bars. */
export const pillarBarsHeight = (bars: number) => 40 + 36 * bars;

/** Bars of a city's pillar scores, with ticks at each pillar's median (dashed) and leader. */
export function pillarBars(plot: typeof Plot, bars: PillarBar[], frame: ChartFrame): Element {
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(800, frame.width) }),
    marginLeft: labelMargin(
      bars.map((b) => shortLabel(b.label)),
      170,
    ),
    marginRight: 16,
    height: pillarBarsHeight(bars.length),
    x: { domain: [0, 100], grid: true, label: null },
    y: { domain: bars.map((b) => b.label), label: null, tickFormat: shortLabel },
    marks: [
      plot.barX(bars, { y: 'label', x: 'score', fill: 'var(--accent)', fillOpacity: 0.8 }),
      plot.tickX(bars, {
        y: 'label',
        x: 'median',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '3,2',
      }),
      plot.tickX(bars, { y: 'label', x: 'leader', stroke: 'currentColor', strokeWidth: 2 }),
      plot.ruleX([0]),
    ],
  });
}
