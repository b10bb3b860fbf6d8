import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One bar of the comparison chart: a city's score on a pillar. */
export interface CompareBar {
  pillar: string;
  city: string;
  score: number | null;
}

/** Height of the comparison chart with its legend (about 33 px) for a number of bars. */
export const compareBarsHeight = (bars: number) => 93 + 18 * bars;

/** Pillar scores of the compared cities, one row of bars per pillar in the order given (the framework's), one colour per city. */
export function compareBars(plot: typeof Plot, bars: CompareBar[], frame: ChartFrame): Element {
  const cities = [...new Set(bars.map((b) => b.city))];
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(800, frame.width) }),
    marginLeft: labelMargin(bars.map((b) => b.pillar)),
    marginRight: 16,
    height: compareBarsHeight(bars.length) - 33,
    x: { domain: [0, 100], grid: true, label: null },
    fy: { label: null, axis: 'left', domain: [...new Set(bars.map((b) => b.pillar))] },
    y: { axis: null, domain: cities },
    color: { legend: true, domain: cities, scheme: 'tableau10' },
    marks: [plot.barX(bars, { fy: 'pillar', y: 'city', x: 'score', fill: 'city' }), plot.ruleX([0])],
  });
}
