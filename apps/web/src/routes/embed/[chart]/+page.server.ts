import { error } from '@sveltejs/kit';
import { isSharedChart, sharedCharts } from '$lib/charts/catalogue';
import { pillarColumns } from '$lib/pillar-columns';
import { scenarioRows } from '$lib/server/scenario-rows';

/** One shareable chart of the scenario in the URL, for other sites' iframes. */
export function load({ params, url }) {
  if (!isSharedChart(params.chart))
    error(404, `no chart named "${params.chart}"; expected one of ${Object.keys(sharedCharts).join(', ')}`);
  const scenario = scenarioRows(url.searchParams);
  if (!scenario.ok)
    error(400, scenario.issues.map((i) => `query parameter ${i.path}: ${i.message}`).join('; '));
  return { name: params.chart, rows: scenario.rows, query: scenario.query, pillars: pillarColumns };
}
