import type * as Plot from '@observablehq/plot';
import { CHART_FONT_PX, frameOptions, type ChartFrame } from './frame';

/** One city on the strip: its label and value. */
export interface StripPoint {
  label: string;
  value: number;
}

/** A dot (strip) plot of the cities' values on one indicator, stacked where they meet, with a rule at the median. */
export function indicatorStrip(
  plot: typeof Plot,
  { points, median, label }: { points: StripPoint[]; median: number | null; label: string },
  frame: ChartFrame,
): Element {
  return plot.plot({
    ...frameOptions(frame),
    height: 180,
    marginLeft: 20,
    marginRight: 30,
    x: { domain: [0, 100], grid: true, label: `${label} →` },
    y: { axis: null },
    marks: [
      plot.dotX(points, plot.dodgeY({ x: 'value', r: 6, fill: 'var(--accent)', title: 'label' })),
      ...(median === null ? [] : [plot.ruleX([median], { stroke: 'currentColor', strokeDasharray: '4,3' })]),
      plot.text(
        points,
        plot.dodgeY({
          x: 'value',
          r: 6,
          text: 'label',
          dy: -10,
          fontSize: CHART_FONT_PX,
          fill: 'currentColor',
        }),
      ),
    ],
  });
}
