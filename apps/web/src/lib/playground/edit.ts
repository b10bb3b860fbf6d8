import type { AggregationMethod, NormalisationMethod, Scenario } from '@smartcities/core';

/**
 * The scenario with one node's relative weight set; a weight equal to the framework's own is
 * removed, so that the URL only carries what differs from the report.
 * @example withWeight(defaultScenario, 'economy', 0.4, 0.2).weights // { economy: 0.4 }
 */
export function withWeight(
  scenario: Scenario,
  id: string,
  weight: number,
  frameworkWeight: number,
): Scenario {
  const weights = { ...scenario.weights };
  if (Math.abs(weight - frameworkWeight) < 1e-9) delete weights[id];
  else weights[id] = weight;
  return { ...scenario, weights };
}

/** The scenario with another normalisation method (its parameters kept). */
export function withNormalisation(scenario: Scenario, method: NormalisationMethod): Scenario {
  return { ...scenario, normalisation: { ...scenario.normalisation, method } };
}

/**
 * The scenario with an aggregation method for one level (`index`, `pillars`); a level using the
 * scenario's general method is left unset.
 */
export function withLevelMethod(scenario: Scenario, level: string, method: AggregationMethod): Scenario {
  const levels = { ...scenario.aggregation.levels };
  if (method === scenario.aggregation.method) delete levels[level];
  else levels[level] = method;
  return { ...scenario, aggregation: { ...scenario.aggregation, levels } };
}

/** The aggregation method a level uses under the scenario. */
export function levelMethod(scenario: Scenario, level: string): AggregationMethod {
  return scenario.aggregation.levels[level] ?? scenario.aggregation.method;
}

/** The scenario with the report's tier rule (mean ± 1 SD) or tertiles. */
export function withTierRule(scenario: Scenario, rule: 'mean-sd' | 'quantile'): Scenario {
  return { ...scenario, tiers: rule === 'mean-sd' ? { rule, k: 1 } : { rule, probs: [1 / 3, 2 / 3] } };
}

/** The scenario with the index rescaled so that the leader scores 100, or left as aggregated. */
export function withRescale(scenario: Scenario, rescale: Scenario['rescale']): Scenario {
  return { ...scenario, rescale };
}

/** The scenario without level methods that merely repeat the general one (a shorter, equivalent URL). */
export function withoutRedundantLevels(scenario: Scenario): Scenario {
  return Object.entries(scenario.aggregation.levels).reduce(
    (s, [level, method]) => withLevelMethod(s, level, method),
    scenario,
  );
}
