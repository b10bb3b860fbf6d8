import type * as Plot from '@observablehq/plot';
import type { TierName } from '@smartcities/core';
import { formatScore } from '../format';
import { frameOptions, type ChartFrame } from './frame';

/** One city on the map. */
export interface MapCity {
  label: string;
  lon: number;
  lat: number;
  score: number | null;
  tier: TierName | null;
  tierLabel: string;
  /** True when the score or tier shown is the printed one and the engine recomputes it otherwise. */
  marked?: boolean;
}

/** What the map draws: the cities and whether colour shows the score or the tier. */
export interface MapInput {
  cities: MapCity[];
  colour: 'score' | 'tier';
  tierLabels: string[];
}

/**
 * The cities on an Equal Earth world map drawn from world-atlas' TopoJSON (no tile server), coloured
 * by score (sequential) or tier (three colours, best first).
 */
export async function cityMap(
  plot: typeof Plot,
  { cities, colour, tierLabels }: MapInput,
  frame: ChartFrame,
): Promise<Element> {
  const [{ feature, mesh }, world] = await Promise.all([
    import('topojson-client'),
    import('world-atlas/countries-110m.json'),
  ]);
  const topology = (world.default ?? world) as unknown as Parameters<typeof feature>[0];
  const countries = topology.objects.countries!;
  const byScore = colour === 'score';
  return plot.plot({
    projection: 'equal-earth',
    ...frameOptions({ ...frame, width: Math.min(1100, frame.width) }),
    color: byScore
      ? { type: 'linear', scheme: 'viridis', legend: true, label: null }
      : { type: 'ordinal', domain: tierLabels, range: ['#1f77b4', '#9467bd', '#ff7f0e'], legend: true },
    marks: [
      plot.sphere({ stroke: 'currentColor', strokeOpacity: 0.4 }),
      plot.geo(feature(topology, countries), { fill: 'currentColor', fillOpacity: 0.12 }),
      plot.geo(
        mesh(topology, countries as never, (a, b) => a !== b),
        { stroke: 'currentColor', strokeOpacity: 0.3 },
      ),
      plot.dot(cities, {
        x: 'lon',
        y: 'lat',
        r: 6,
        stroke: 'currentColor',
        fill: byScore ? 'score' : 'tierLabel',
        title: (d: MapCity) => `${d.label}: ${formatScore(d.score)}${d.marked ? '*' : ''}`,
      }),
    ],
  });
}
