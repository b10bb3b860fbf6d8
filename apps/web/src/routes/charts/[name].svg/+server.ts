import { error } from '@sveltejs/kit';
import { chartWidth, isSharedChart, sharedCharts } from '$lib/charts/catalogue';
import { langFrom } from '$lib/i18n/lang';
import { t } from '$lib/i18n/t';
import { pillarColumns } from '$lib/pillar-columns';
import { chartSvg } from '$lib/server/chart-svg';
import { scenarioRows } from '$lib/server/scenario-rows';

/**
 * A chart as a standalone SVG for the scenario in the query (`width` in px, `lang`), drawn by
 * the same code as the page: `/charts/ranking.svg?a=geometric`.
 */
export function GET({ params, url }) {
  if (!isSharedChart(params.name))
    error(404, `no chart named "${params.name}"; expected one of ${Object.keys(sharedCharts).join(', ')}`);
  const scenario = scenarioRows(url.searchParams);
  if (!scenario.ok)
    error(400, scenario.issues.map((i) => `query parameter ${i.path}: ${i.message}`).join('; '));
  const lang = langFrom(url);
  const chart = sharedCharts[params.name];
  const svg = chartSvg(
    (plot, rows: typeof scenario.rows, frame) => chart.draw(plot, rows, pillarColumns, lang, frame),
    scenario.rows,
    chartWidth(url.searchParams.get('width')),
    t(lang, chart.title),
  );
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
