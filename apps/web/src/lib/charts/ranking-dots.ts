import type * as Plot from '@observablehq/plot';
import type { TierName } from '@smartcities/core';
import { tierColour, tierStyle } from '../ui/tier-style';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One city of the ranking dot plot: its rank, the 5th-95th percentile of its rank, its tier. */
export interface RankingDot {
  city: string;
  label: string;
  rank: number;
  low: number;
  high: number;
  tier: TierName | null;
  /** The tooltip's note on the tier: the printed one with the recomputed one, where they differ. */
  detail?: string | undefined;
}

/** Height of the ranking dot plot for a number of cities (it does not depend on the width). */
export const rankingDotsHeight = (cities: number, _width?: number) => 56 + 24 * cities;

/**
 * The ranking as a dot plot: one row per city (best at the top), a dot at its rank shaped and
 * coloured by tier, a line over its 5-95% rank interval, and bands behind each tier.
 */
export function rankingDots(plot: typeof Plot, dots: RankingDot[], frame: ChartFrame): SVGSVGElement {
  const order = dots.map((d) => d.label);
  const most = Math.max(1, ...dots.map((d) => d.high));
  return plot.plot({
    ...frameOptions(frame),
    height: rankingDotsHeight(dots.length),
    marginLeft: labelMargin(order, 130),
    marginRight: 16,
    marginTop: 30,
    x: { domain: [0.5, most + 0.5], label: null, axis: 'top', ticks: most > 12 ? 10 : most, grid: true },
    y: { domain: order, label: null, tickSize: 0 },
    marks: [
      plot.barX(dots, {
        y: 'label',
        x1: 0.5,
        x2: most + 0.5,
        fill: (d: RankingDot) => (d.tier ? tierColour[d.tier] : 'none'),
        fillOpacity: 0.07,
        insetTop: 0,
        insetBottom: 0,
      }),
      plot.ruleY(dots, {
        y: 'label',
        x1: 'low',
        x2: 'high',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeOpacity: 0.55,
      }),
      plot.dot(dots, {
        y: 'label',
        x: 'rank',
        r: 5.5,
        symbol: (d: RankingDot) => (d.tier ? tierStyle[d.tier].symbol : 'circle'),
        fill: (d: RankingDot) => (d.tier ? tierColour[d.tier] : 'currentColor'),
        stroke: 'var(--bg, #ffffff)',
        title: (d: RankingDot) =>
          `${d.label}: ${d.rank} (${d.low}–${d.high})${d.detail ? ` · ${d.detail}` : ''}`,
      }),
    ],
  }) as SVGSVGElement;
}
