import type * as Plot from '@observablehq/plot';
import { frameOptions, labelMargin, type ChartFrame } from './frame';

/** A correlation matrix to draw: labels and r. */
export interface HeatmapData {
  labels: string[];
  r: (number | null)[][];
}

/** Room for the audit's longest label (indicator and pillar names), left of the bars and cells. */
const margin = (labels: readonly string[]) => labelMargin(labels, 240);

/** The side of one heatmap cell for a number of labels: 8-22 px, the whole matrix about 520 px. */
const cellSize = (labels: number) => Math.max(8, Math.min(22, Math.floor(520 / Math.max(1, labels))));

/** Side of the heatmap's square plot: the names (left, and slanted on top), the cells and a gap. */
const heatmapSide = (labels: readonly string[]) =>
  margin(labels) + cellSize(labels.length) * labels.length + 20;

/**
 * The colour legend's size and margins, which keep its end labels (-1.0, 1.0) inside it (Plot reads
 * them from the scale's options; its types do not list them).
 */
const legendRoom = { width: 272, marginLeft: 16, marginRight: 16 };

/** Height of Plot's colour ramp legend. */
export const LEGEND_HEIGHT = 50;

/** Height the correlation heatmap takes with its legend, known before it is drawn (reserves the space). */
export const auditHeatmapHeight = (labels: readonly string[]) => LEGEND_HEIGHT + heatmapSide(labels);

/** The widest the audit's bar charts are drawn (they take their box's width up to this). */
const BARS_MOST_WIDTH = 760;

/** Height of a bar chart of the audit (Sobol indices, removals) with this many bars. */
export const auditBarsHeight = (bars: number) => 40 + 18 * bars;

/** A correlation heatmap: one cell per pair, red for negative, blue for positive. */
export function auditHeatmap(plot: typeof Plot, data: HeatmapData): Element {
  const cells = data.labels.flatMap((a, i) =>
    data.labels.map((b, j) => ({ a, b, r: data.r[i]?.[j] ?? null })),
  );
  return plot.plot({
    marginLeft: margin(data.labels),
    marginTop: margin(data.labels),
    width: heatmapSide(data.labels),
    height: heatmapSide(data.labels),
    x: { domain: data.labels, axis: 'top', tickRotate: -60, label: null },
    y: { domain: data.labels, label: null },
    color: { type: 'linear', domain: [-1, 1], scheme: 'RdBu', legend: true, label: 'r', ...legendRoom },
    marks: [
      plot.cell(cells, {
        x: 'b',
        y: 'a',
        fill: 'r',
        title: (d: { a: string; b: string; r: number | null }) =>
          `${d.a} × ${d.b}: ${d.r?.toFixed(2) ?? '–'}`,
      }),
    ],
  });
}

/** One input's Sobol indices with the total's interval. */
export interface SobolBar {
  label: string;
  first: number | null;
  total: number | null;
  lo: number | null;
  hi: number | null;
}

/**
 * Total Sobol index as bars with its bootstrap interval, the first-order index as a dot. The axis
 * spans the estimates: below 0 when one is (sampling noise), so that no dot falls on the labels.
 */
export function auditSobol(plot: typeof Plot, bars: SobolBar[], frame: ChartFrame): Element {
  const values = bars.flatMap((b) => [b.first, b.total, b.lo, b.hi].filter((v) => v !== null));
  return plot.plot({
    marginLeft: margin(bars.map((b) => b.label)),
    ...frameOptions({ ...frame, width: Math.min(frame.width, BARS_MOST_WIDTH) }),
    height: auditBarsHeight(bars.length),
    x: { domain: [Math.min(0, ...values), Math.max(0.1, ...values)], nice: true, grid: true, label: null },
    y: { domain: bars.map((b) => b.label), label: null },
    marks: [
      plot.barX(bars, { y: 'label', x: 'total', fill: 'var(--accent)', fillOpacity: 0.7 }),
      plot.ruleY(bars, { y: 'label', x1: 'lo', x2: 'hi', stroke: 'currentColor' }),
      plot.dot(bars, { y: 'label', x: 'first', fill: 'currentColor', r: 3 }),
      plot.ruleX([0]),
    ],
  });
}

/** The mean absolute rank shift of each removal, largest first. */
export function auditRemoveOne(
  plot: typeof Plot,
  bars: { label: string; shift: number | null }[],
  frame: ChartFrame,
): Element {
  return plot.plot({
    marginLeft: margin(bars.map((b) => b.label)),
    ...frameOptions({ ...frame, width: Math.min(frame.width, BARS_MOST_WIDTH) }),
    height: auditBarsHeight(bars.length),
    x: { grid: true, label: null },
    y: { domain: bars.map((b) => b.label), label: null },
    marks: [
      plot.barX(bars, { y: 'label', x: 'shift', fill: 'var(--accent)', fillOpacity: 0.8 }),
      plot.ruleX([0]),
    ],
  });
}
