import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** One cell of the heatmap: a city's score on a pillar (its shade), its label and the label's detail for the tooltip. */
export interface HeatCell {
  city: string;
  pillar: string;
  score: number | null;
  /** The digits written in the cell (the printed ones under the report's method, "*" when recomputed otherwise). */
  label: string;
  /** The tooltip's figure: the label, with the recomputed value where the label is marked. */
  detail: string;
}

/** Height of the heatmap for a number of cities and a width (narrow ones slant the pillar names). */
export const heatmapHeight = (cities: number, width: number) => (width < 560 ? 130 : 90) + 26 * cities;

/**
 * The pillar scores of every city as a heatmap: cities down (in ranking order), pillars across
 * (in framework order), each cell shaded by its score and labelled with it.
 */
export function pillarHeatmap(
  plot: typeof Plot,
  { cells, cities, pillars }: { cells: HeatCell[]; cities: string[]; pillars: string[] },
  frame: ChartFrame,
): SVGSVGElement {
  const narrow = frame.width < 560;
  return plot.plot({
    ...frameOptions(frame),
    height: heatmapHeight(cities.length, frame.width),
    marginLeft: labelMargin(cities, 120),
    marginTop: narrow ? 80 : 40,
    marginRight: narrow ? 8 : 30,
    padding: 0.06,
    x: { domain: pillars, label: null, axis: 'top', tickSize: 0, tickRotate: narrow ? -35 : 0 },
    y: { domain: cities, label: null, tickSize: 0 },
    color: { type: 'linear', domain: [0, 100], range: ['#eef4fb', '#0b3d91'] },
    marks: [
      plot.cell(cells, {
        x: 'pillar',
        y: 'city',
        fill: 'score',
        title: (c: HeatCell) => `${c.city} · ${c.pillar}: ${c.detail}`,
      }),
      plot.text(cells, {
        x: 'pillar',
        y: 'city',
        text: 'label',
        fill: (c: HeatCell) => ((c.score ?? 0) > 55 ? '#ffffff' : '#16181d'),
      }),
    ],
  }) as SVGSVGElement;
}
