import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One city of the slope chart: its rank under the report's method and under the scenario. */
export interface SlopeCity {
  label: string;
  from: number;
  to: number;
}

/** Height of the slope chart for a number of cities. */
export const rankSlopeHeight = (cities: number) => 64 + 22 * cities;

/**
 * How a scenario moves the ranking: each city a line from its rank under the report's method
 * (left) to its rank under the scenario (right), named at both ends; cities that moved are bold.
 */
export function rankSlope(
  plot: typeof Plot,
  { cities, from, to }: { cities: SlopeCity[]; from: string; to: string },
  frame: ChartFrame,
): Element {
  const margin = labelMargin(
    cities.map((c) => `${c.from} ${c.label}`),
    140,
  );
  const moved = (c: SlopeCity) => c.from !== c.to;
  const ends = cities.flatMap((c) => [
    { ...c, side: from, rank: c.from },
    { ...c, side: to, rank: c.to },
  ]);
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.min(760, frame.width) }),
    height: rankSlopeHeight(cities.length),
    marginLeft: margin,
    marginRight: margin,
    marginTop: 34,
    marginBottom: 12,
    x: { domain: [from, to], axis: null },
    y: { domain: [1, Math.max(1, cities.length)], reverse: true, axis: null, inset: 6 },
    marks: [
      plot.line(ends, {
        x: 'side',
        y: 'rank',
        z: 'label',
        stroke: (d: SlopeCity) => (moved(d) ? 'var(--accent, #0b57d0)' : 'currentColor'),
        strokeOpacity: (d: SlopeCity) => (moved(d) ? 1 : 0.3),
        strokeWidth: (d: SlopeCity) => (moved(d) ? 2.5 : 1.2),
      }),
      plot.dot(ends, { x: 'side', y: 'rank', r: 3, fill: 'currentColor' }),
      // column headings, each aligned with its column of names so that they never overlap
      plot.text([from], {
        x: (d: string) => d,
        frameAnchor: 'top',
        dy: -22,
        textAnchor: 'end',
        dx: -8,
        fontWeight: 700,
      }),
      plot.text([to], {
        x: (d: string) => d,
        frameAnchor: 'top',
        dy: -22,
        textAnchor: 'start',
        dx: 8,
        fontWeight: 700,
      }),
      plot.text(cities, {
        x: () => from,
        y: 'from',
        text: (c: SlopeCity) => `${c.from} ${c.label}`,
        textAnchor: 'end',
        dx: -8,
      }),
      plot.text(
        cities.filter((c) => !moved(c)),
        {
          x: () => to,
          y: 'to',
          text: (c: SlopeCity) => `${c.to} ${c.label}`,
          textAnchor: 'start',
          dx: 8,
        },
      ),
      plot.text(cities.filter(moved), {
        x: () => to,
        y: 'to',
        text: (c: SlopeCity) => `${c.to} ${c.label}`,
        textAnchor: 'start',
        dx: 8,
        fontWeight: 700,
      }),
    ],
  });
}
