import type { Scenario } from './schema.ts';

/**
 * The report's own method: every default, written out (a test checks it equals
 * `scenarioSchema.parse({})`) so that scoring with it needs neither zod nor any parsing.
 */
export const defaultScenario: Scenario = {
  normalisation: { method: 'as-published', params: {} },
  aggregation: { method: 'arithmetic', levels: {} },
  weights: {},
  exclude: [],
  rescale: 'leader-100',
  tiers: { rule: 'mean-sd', k: 1 },
};
