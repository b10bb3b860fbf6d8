import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** Height of the chart: a 22 px bar per city and room for the axis. */
export const paperBarsHeight = (rows: readonly unknown[]) => 30 + 22 * rows.length;

/** Papers kept per city (table 2-6), one horizontal bar each, most first; its box's width up to 760 px. */
export function paperBars(
  plot: typeof Plot,
  { rows, label }: { rows: { label: string; papers: number }[]; label: string },
  frame: ChartFrame,
): Element {
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(frame.width, 760) }),
    marginLeft: labelMargin(rows.map((r) => r.label)),
    marginRight: 30,
    height: paperBarsHeight(rows),
    x: { grid: true, label: `${label} →` },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      plot.barX(rows, { y: 'label', x: 'papers', fill: 'var(--accent)' }),
      plot.text(rows, {
        y: 'label',
        x: 'papers',
        text: 'papers',
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      plot.ruleX([0]),
    ],
  });
}
