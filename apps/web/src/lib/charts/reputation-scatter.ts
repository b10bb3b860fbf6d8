import type * as Plot from '@observablehq/plot';
import { frameOptions, type ChartFrame } from './frame';

/** One city in the reputation chart. */
export interface ReputationPoint {
  label: string;
  papers: number;
  smartRank: number;
}

/** Papers (x) against smart city rank (y, 1 at the top), each city labelled; axis labels in the reader's language. */
export function reputationScatter(
  plot: typeof Plot,
  { points, x, y }: { points: ReputationPoint[]; x: string; y: string },
  frame: ChartFrame,
): Element {
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(900, frame.width) }),
    height: 440,
    marginRight: 40,
    grid: true,
    x: { label: `${x} →`, nice: true },
    y: { label: `↑ ${y}`, reverse: true, domain: [1, Math.max(1, ...points.map((p) => p.smartRank))] },
    marks: [
      plot.dot(points, { x: 'papers', y: 'smartRank', fill: 'var(--accent)', r: 4 }),
      plot.text(points, {
        x: 'papers',
        y: 'smartRank',
        text: 'label',
        dx: 6,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  });
}
