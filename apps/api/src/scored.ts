import {
  queryKeyFor,
  safeScore,
  scenarioHash,
  type Issue,
  type Scenario,
  type ScoreResult,
} from '@smartcities/core';
import type { Dataset } from '@smartcities/data/schema';
import { edition } from './edition.ts';
import { SCORE_CACHE_SIZE } from './limits.ts';
import { Lru } from './lru.ts';
import { ApiProblem } from './problem.ts';

const cache = new Lru<string, ScoreResult>(SCORE_CACHE_SIZE);

/** Where an issue points: `?w (weights.foo)` for a query scenario (prefix "?"), else `<prefix><path>`. */
const placeOf = (path: string, prefix: string) =>
  prefix === '?' ? `?${queryKeyFor(path)} (${path})` : `${prefix}${path}`;

/** A problem for a scenario that validates but does not fit the dataset (unknown ids, bad levels…). */
export function misfit(issues: readonly Issue[], status: 400 | 422, prefix = ''): ApiProblem {
  const errors = issues.map((issue) => ({
    path: placeOf(issue.path, prefix),
    message: issue.message,
    code: issue.code,
  }));
  return new ApiProblem(
    status,
    'scenario-does-not-fit',
    `the scenario does not fit the data: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    { errors },
  );
}

/** Scores any dataset, turning a scenario that does not fit into a problem with the given status. */
export function scoreOrFail(
  dataset: Dataset,
  scenario: Scenario,
  status: 400 | 422,
  prefix = '',
): ScoreResult {
  const scored = safeScore(dataset, scenario);
  // a result beyond the range of numbers is never a bad request: the parameter is well-formed
  const overflow = !scored.ok && scored.issues.some((issue) => issue.code === 'non-finite');
  if (!scored.ok) throw misfit(scored.issues, overflow ? 422 : status, prefix);
  return scored.result;
}

/** Scores the served edition under a scenario, cached by scenario hash; `prefix` places issues (`?` for the query, `scenario.` for a body). */
export function scoreEdition(scenario: Scenario, status: 400 | 422 = 400, prefix = '?'): ScoreResult {
  const key = scenarioHash(scenario);
  return cache.get(key) ?? cache.set(key, scoreOrFail(edition.dataset, scenario, status, prefix));
}
