import type * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n/lang';
import type { Named } from '../i18n/local-name';
import type { ViewRow } from '../ranking/view-row';
import type { ChartFrame } from './frame';
import { heatmapFrom, rankingDotsFrom } from './from-rows';
import { heatmapHeight, pillarHeatmap } from './pillar-heatmap';
import { rankingDots, rankingDotsHeight } from './ranking-dots';

/** A chart that can be shared: drawn from a scenario's ranking rows, on a page, an embed or as SVG. */
export interface SharedChart {
  /** i18n key of its title. */
  title: 'chart.rankingTitle' | 'chart.heatmapTitle';
  height: (cities: number, width: number) => number;
  draw: (
    plot: typeof Plot,
    rows: readonly ViewRow[],
    pillars: readonly Named[],
    lang: Lang,
    frame: ChartFrame,
  ) => Element;
}

/** The shareable charts by URL name (`/charts/<name>.svg`, `/embed/<name>`). */
export const sharedCharts = {
  ranking: {
    title: 'chart.rankingTitle',
    height: rankingDotsHeight,
    draw: (plot, rows, _pillars, lang, frame) => rankingDots(plot, rankingDotsFrom(rows, lang), frame),
  },
  heatmap: {
    title: 'chart.heatmapTitle',
    height: heatmapHeight,
    draw: (plot, rows, pillars, lang, frame) => pillarHeatmap(plot, heatmapFrom(rows, pillars, lang), frame),
  },
} satisfies Record<string, SharedChart>;

/** The name of a shareable chart. */
export type SharedChartName = keyof typeof sharedCharts;

/** Whether a URL segment names a shareable chart. */
export const isSharedChart = (name: string): name is SharedChartName => Object.hasOwn(sharedCharts, name);

/** Widths the charts are drawn at, and the narrowest viewport each is for (pages pick with <picture>). */
export const chartWidths = [
  { width: 960, minViewport: 1100 },
  { width: 640, minViewport: 720 },
  { width: 340, minViewport: 0 },
] as const;

/** The width asked for in a chart URL (`width`), clamped to 280-1600 px; 960 when absent or not a number. */
export function chartWidth(value: string | null): number {
  const n = Number(value);
  return value && Number.isFinite(n) ? Math.min(1600, Math.max(280, Math.round(n))) : 960;
}
