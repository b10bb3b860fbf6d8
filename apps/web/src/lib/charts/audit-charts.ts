import type * as Plot from '@observablehq/plot';

/** A correlation matrix to draw: labels and r. */
export interface HeatmapData {
  labels: string[];
  r: (number | null)[][];
}

/** A correlation heatmap: one cell per pair, red for negative, blue for positive. */
export function auditHeatmap(plot: typeof Plot, data: HeatmapData): Element {
  const cells = data.labels.flatMap((a, i) =>
    data.labels.map((b, j) => ({ a, b, r: data.r[i]?.[j] ?? null })),
  );
  const size = Math.max(8, Math.min(22, Math.floor(520 / Math.max(1, data.labels.length))));
  return plot.plot({
    marginLeft: 170,
    marginTop: 170,
    width: 170 + size * data.labels.length + 20,
    height: 170 + size * data.labels.length + 20,
    x: { domain: data.labels, axis: 'top', tickRotate: -60, label: null },
    y: { domain: data.labels, label: null },
    color: { type: 'linear', domain: [-1, 1], scheme: 'RdBu', legend: true, label: 'r' },
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

/** Total Sobol index as bars with its bootstrap interval, the first-order index as a dot. */
export function auditSobol(plot: typeof Plot, bars: SobolBar[]): Element {
  return plot.plot({
    marginLeft: 170,
    width: 640,
    height: 40 + 18 * bars.length,
    x: { domain: [0, 1], grid: true, label: null },
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
export function auditRemoveOne(plot: typeof Plot, bars: { label: string; shift: number | null }[]): Element {
  return plot.plot({
    marginLeft: 170,
    width: 640,
    height: 40 + 18 * bars.length,
    x: { grid: true, label: null },
    y: { domain: bars.map((b) => b.label), label: null },
    marks: [
      plot.barX(bars, { y: 'label', x: 'shift', fill: 'var(--accent)', fillOpacity: 0.8 }),
      plot.ruleX([0]),
    ],
  });
}
