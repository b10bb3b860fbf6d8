import type * as Plot from '@observablehq/plot';
import { frameOptions, type ChartFrame } from './frame';

/** One labelled bar of the waterfall chart (see waterfallSteps). */
export interface WaterfallBar {
  label: string;
  kind: 'start' | 'step' | 'end';
  value: number;
  y1: number;
  y2: number;
}

/** Height of every waterfall chart, known before it is drawn (reserves the space). */
export const WATERFALL_HEIGHT = 280;

/**
 * A waterfall: the starting score, a bar per part from the running total (green up, red down),
 * and the final score. The axis starts just below the lowest level so that small steps show;
 * the start and end bars run up from the bottom of the axis. It takes its box's width, up to 760 px.
 */
export function waterfallChart(plot: typeof Plot, bars: WaterfallBar[], frame: ChartFrame): Element {
  const levels = bars.flatMap((b) => (b.kind === 'step' ? [b.y1, b.y2] : [b.y2]));
  const [lo, hi] = [Math.min(...levels), Math.max(...levels)];
  const pad = Math.max((hi - lo) * 0.15, 0.5);
  const floor = lo - pad;
  const fill = (b: WaterfallBar) =>
    b.kind !== 'step' ? 'var(--accent)' : b.value >= 0 ? '#2e7d32' : '#c62828';
  const drawn = bars.map((b) => (b.kind === 'step' ? b : { ...b, y1: floor }));
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(frame.width, 760) }),
    height: WATERFALL_HEIGHT,
    marginBottom: 60,
    x: { domain: bars.map((b) => b.label), label: null, tickRotate: -25 },
    y: { domain: [floor, hi + pad], grid: true, label: null },
    marks: [
      plot.barY(drawn, { x: 'label', y1: 'y1', y2: 'y2', fill }),
      plot.text(drawn, {
        x: 'label',
        y: 'y2',
        text: (b: WaterfallBar) =>
          b.kind === 'step' ? `${b.value > 0 ? '+' : ''}${b.value.toFixed(2)}` : b.value.toFixed(2),
        dy: -6,
      }),
    ],
  });
}
