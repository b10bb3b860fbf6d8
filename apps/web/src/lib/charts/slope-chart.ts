import type * as Plot from '@observablehq/plot';

/** One city's rank under one scenario, for the slope chart. */
export interface SlopePoint {
  scenario: string;
  city: string;
  rank: number;
  /** The chosen city is drawn in the accent colour. */
  chosen: boolean;
}

/**
 * Ranks between scenarios: one line per city from scenario to scenario (rank 1 at the top),
 * labelled "rank name" on the left and "name rank" on the right; the chosen city stands out.
 */
export function slopeChart(plot: typeof Plot, points: SlopePoint[]): Element {
  const scenarios = [...new Set(points.map((p) => p.scenario))];
  const first = points.filter((p) => p.scenario === scenarios[0]);
  const last = points.filter((p) => p.scenario === scenarios[scenarios.length - 1]);
  const ranks = Math.max(1, ...points.map((p) => p.rank));
  const stroke = (p: SlopePoint) => (p.chosen ? 'var(--accent)' : 'currentColor');
  return plot.plot({
    width: 640,
    height: 40 + 22 * ranks,
    marginLeft: 130,
    marginRight: 130,
    x: { domain: scenarios, label: null, axis: 'top' },
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
        text: (p: SlopePoint) => `${p.rank} ${p.city}`,
        textAnchor: 'end',
        dx: -8,
      }),
      plot.text(last, {
        x: 'scenario',
        y: 'rank',
        text: (p: SlopePoint) => `${p.city} ${p.rank}`,
        textAnchor: 'start',
        dx: 8,
      }),
    ],
  });
}
