import {
  defaultScenario,
  printedOption,
  safeScore,
  scenarioFromQuery,
  scenarioToQuery,
  type Issue,
} from '@smartcities/core';
import { runUncertainty } from '@smartcities/core/analysis';
import { cityNamesZh, edition } from '../edition';
import { rankIntervals } from '../ranking/rank-intervals';
import type { ViewRow } from '../ranking/view-row';
import { viewRows } from '../ranking/view-rows';
import { uncertaintySpec } from '../uncertainty-spec';
import { defaultIntervals } from './default-intervals';
import { defaultResult } from './default-result';

/** The ranking rows of a URL's scenario with their seeded rank intervals, or the issues that stop it. */
export type ScenarioRows = { ok: true; rows: ViewRow[]; query: string } | { ok: false; issues: Issue[] };

const MAX_CACHED = 32;
const cache = new Map<string, ScenarioRows>();

/**
 * Scores the scenario in a query (the same compact form as the playground's URL) and attaches the
 * 5-95% rank intervals of the explorer's seeded uncertainty analysis; the last 32 are kept.
 */
export function scenarioRows(params: URLSearchParams): ScenarioRows {
  const parsed = scenarioFromQuery(params);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const query = scenarioToQuery(parsed.scenario);
  const hit = cache.get(query);
  if (hit) return hit;
  const rows = computeRows(parsed.scenario, query);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(query, rows);
  return rows;
}

function computeRows(scenario: typeof defaultScenario, query: string): ScenarioRows {
  if (query === scenarioToQuery(defaultScenario)) {
    const rows = viewRows(defaultResult(), edition.dataset, {
      namesZh: cityNamesZh,
      intervals: defaultIntervals(),
      ...printedOption(defaultResult(), edition),
    });
    return { ok: true, rows, query };
  }
  const scored = safeScore(edition.dataset, scenario);
  if (!scored.ok) return { ok: false, issues: scored.issues };
  const intervals = rankIntervals(runUncertainty(edition.dataset, scenario, uncertaintySpec));
  return {
    ok: true,
    rows: viewRows(scored.result, edition.dataset, {
      namesZh: cityNamesZh,
      intervals,
      ...printedOption(scored.result, edition),
    }),
    query,
  };
}
