import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One city's rank under one scenario, for the slope chart. */
export interface SlopePoint {
  scenario: string;
  city: string;
  rank: number;
  /** The chosen city is drawn in the accent colour. */
  chosen: boolean;
}

/** Height of the slope chart: 22 px for each rank down to the lowest drawn. */
export const slopeChartHeight = (points: readonly SlopePoint[]) =>
  40 + 22 * Math.max(1, ...points.map((p) => p.rank));

/** The widest the slope chart is drawn: wider boxes leave it at this width, left-aligned. */
const MOST_WIDTH = 760;

/**
 * Ranks between scenarios: one line per city from scenario to scenario (rank 1 at the top),
 * labelled "rank name" on the left and "name rank" on the right; the chosen city stands out.
 * It takes the width of its box (up to 760 px), the label margins as wide as the labels need.
 */
export function slopeChart(plot: typeof Plot, points: SlopePoint[], frame: ChartFrame): Element {
  const scenarios = [...new Set(points.map((p) => p.scenario))];
  const first = points.filter((p) => p.scenario === scenarios[0]);
  const last = points.filter((p) => p.scenario === scenarios[scenarios.length - 1]);
  const ranks = Math.max(1, ...points.map((p) => p.rank));
  const stroke = (p: SlopePoint) => (p.chosen ? 'var(--accent)' : 'currentColor');
  const leftLabel = (p: SlopePoint) => `${p.rank} ${p.city}`;
  const rightLabel = (p: SlopePoint) => `${p.city} ${p.rank}`;
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(frame.width, MOST_WIDTH) }),
    height: slopeChartHeight(points),
    marginLeft: labelMargin(first.map(leftLabel)) + 8,
    marginRight: labelMargin(last.map(rightLabel)) + 8,
    x: { domain: scenarios, label: null, axis: 'top', padding: 0 },
    y: { domain: [ranks + 0.5, 0.5], axis: null },
    marks: [
      plot.line(points, {
        x: 'scenario',
        y: 'rank',
        z: 'city',
        stroke,
        strokeOpacity: (p: SlopePoint) => (p.chosen ? 1 : 0.45),
        strokeWidth: (p: SlopePoint) => (p.chosen ? 3 : 1.5),
      }),
      plot.dot(points, { x: 'scenario', y: 'rank', fill: stroke, r: 3 }),
      plot.text(first, {
        x: 'scenario',
        y: 'rank',
        text: leftLabel,
        textAnchor: 'end',
        dx: -8,
      }),
      plot.text(last, {
        x: 'scenario',
        y: 'rank',
        text: rightLabel,
        textAnchor: 'start',
        dx: 8,
      }),
    ],
  });
}
