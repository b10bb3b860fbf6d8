import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  LEGEND_HEIGHT,
  auditBarsHeight,
  auditHeatmap,
  auditHeatmapHeight,
  auditRemoveOne,
  auditSobol,
} from './audit-charts';
import { indicatorDots, indicatorDotsHeight } from './indicator-dots';
import { paperBars, paperBarsHeight } from './paper-bars';
import { slopeChart, slopeChartHeight } from './slope-chart';

/**
 * Plot drawing on a small server-side DOM. It has no canvas, which colour ramp legends need: those
 * are left out here, and the {@link LEGEND_HEIGHT} they add is checked in the browser (design.spec).
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const plot = {
  ...Plot,
  plot: (options: Plot.PlotOptions) =>
    Plot.plot({
      ...options,
      ...(options.color ? { color: { ...options.color, legend: false } } : {}),
      document,
    }),
} as typeof Plot;

/** The drawn height: the sum of the heights of the chart's SVGs (a legend and the plot). */
const drawnHeight = (chart: Element) =>
  (chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll('svg')])
    .map((svg) => Number(svg.getAttribute('height')))
    .reduce((a, b) => a + b, 0);

const labels = (n: number) => Array.from({ length: n }, (_, i) => `indicator ${i + 1}`);
const bars = (n: number) =>
  labels(n).map((label, i) => ({ label, first: i / 40, total: i / 20, lo: null, hi: null, shift: i }));

describe('charts drawn in the browser take exactly the height their page reserves for them', () => {
  it.each([3, 29, 80])('the audit heatmap of %i indicators', (n) => {
    const r = labels(n).map((_, i) => labels(n).map((_, j) => (i === j ? 1 : 0.3)));
    expect(drawnHeight(auditHeatmap(plot, { labels: labels(n), r }))).toBe(
      auditHeatmapHeight(labels(n)) - LEGEND_HEIGHT,
    );
  });

  it.each([1, 5, 25])('the audit bar charts with %i bars', (n) => {
    for (const width of [300, 1200]) {
      expect(drawnHeight(auditSobol(plot, bars(n), { width }))).toBe(auditBarsHeight(n));
      expect(drawnHeight(auditRemoveOne(plot, bars(n), { width }))).toBe(auditBarsHeight(n));
    }
  });

  it.each([
    [2, 7],
    [3, 30],
  ])('the slope chart of %i scenarios down to rank %i', (scenarios, lowest) => {
    const points = Array.from({ length: scenarios }, (_, k) =>
      Array.from({ length: lowest }, (_, i) => ({
        scenario: String.fromCharCode(65 + k),
        city: `city ${i}`,
        rank: ((i + k) % lowest) + 1,
        chosen: i === 0,
      })),
    ).flat();
    for (const width of [300, 640, 1200])
      expect(drawnHeight(slopeChart(plot, points, { width }))).toBe(slopeChartHeight(points));
  });

  it.each([1, 20])('the dot plot of %i cities on an indicator', (n) => {
    const points = labels(n).map((label, i) => ({ label, value: (i * 37) % 101 }));
    for (const width of [300, 1200])
      expect(drawnHeight(indicatorDots(plot, { points, median: 50, label: 'x' }, { width }))).toBe(
        indicatorDotsHeight(points),
      );
  });

  it('the bars of papers kept per city', () => {
    const rows = labels(20).map((label, i) => ({ label, papers: 80 - 3 * i }));
    for (const width of [300, 1200])
      expect(drawnHeight(paperBars(plot, { rows, label: 'papers' }, { width }))).toBe(paperBarsHeight(rows));
  });
});
