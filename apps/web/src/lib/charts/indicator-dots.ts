import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One city on the chart: its label and value. */
export interface IndicatorPoint {
  label: string;
  value: number;
}

/** Height of the chart: a 22 px row per city and room for the axis. */
export const indicatorDotsHeight = (points: readonly IndicatorPoint[]) => 50 + 22 * points.length;

/**
 * The cities' values on one indicator as a dot plot: one row per city, highest first, its name on
 * the left and its value beside the dot, with a dashed rule at the median. Every label has its own
 * row, so none overlap at any width.
 */
export function indicatorDots(
  plot: typeof Plot,
  { points, median, label }: { points: IndicatorPoint[]; median: number | null; label: string },
  frame: ChartFrame,
): Element {
  const order = [...points].sort((a, b) => b.value - a.value).map((p) => p.label);
  return plot.plot({
    ...frameOptions(frame),
    height: indicatorDotsHeight(points),
    marginLeft: labelMargin(order),
    marginRight: 48,
    x: { domain: [0, 100], grid: true, label: `${label} →`, axis: 'bottom' },
    y: { domain: order, label: null, tickSize: 0 },
    marks: [
      ...(median === null ? [] : [plot.ruleX([median], { stroke: 'currentColor', strokeDasharray: '4,3' })]),
      plot.ruleY(points, { y: 'label', x1: 0, x2: 'value', stroke: 'var(--line)' }),
      plot.dot(points, { y: 'label', x: 'value', r: 5, fill: 'var(--accent)' }),
      plot.text(points, {
        y: 'label',
        x: 'value',
        text: (p: IndicatorPoint) => p.value.toFixed(1),
        dx: 8,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  });
}
