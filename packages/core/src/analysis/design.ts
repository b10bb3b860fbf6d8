import { z } from 'zod';
import { aggregationMethods, type AggregationMethod } from '../aggregate/registry.ts';
import { unknownName } from '../did-you-mean.ts';
import { normalisationMethods, type NormalisationMethod } from '../normalise/registry.ts';
import type { Scenario } from '../scenario/schema.ts';
import { groupWeights, pick, type DesignSpace } from './design-space.ts';

/**
 * One run's sampled choices: weights that replace the scenario's (renormalised among siblings),
 * the normalisation and aggregation methods (the latter used at every level), the indicator left out.
 */
export const designSchema = z.strictObject({
  weights: z.record(z.string(), z.number().finite().min(0)).default({}),
  normalisation: z
    .enum(normalisationMethods as [NormalisationMethod, ...NormalisationMethod[]], {
      error: (i) => unknownName('normalisation method', String(i.input), normalisationMethods),
    })
    .optional(),
  aggregation: z
    .enum(aggregationMethods as [AggregationMethod, ...AggregationMethod[]], {
      error: (i) => unknownName('aggregation method', String(i.input), aggregationMethods),
    })
    .optional(),
  drop: z.string().min(1).optional(),
});

/** One run's design. */
export type Design = z.infer<typeof designSchema>;

/** The design at a point of the unit hypercube (one number in [0, 1) per input). */
export function designAt(space: DesignSpace, point: ArrayLike<number>): Design {
  const design: Design = { weights: {} };
  for (const group of space.groups) {
    const weights = groupWeights(group, point, new Float64Array(group.base.length));
    group.ids.forEach((id, c) => (design.weights[id] = weights[c]!));
  }
  space.inputs.forEach((input, k) => {
    if (input.kind === 'normalisation') design.normalisation = pick(input.options, point[k]!);
    if (input.kind === 'aggregation') design.aggregation = pick(input.options, point[k]!);
    if (input.kind === 'drop') design.drop = pick(input.options, point[k]!);
  });
  return design;
}

/** The scenario a design describes: the base scenario with the design's weights, methods and exclusion. */
export function applyDesign(scenario: Scenario, design: Design): Scenario {
  return {
    ...scenario,
    weights: { ...scenario.weights, ...design.weights },
    normalisation: design.normalisation
      ? { ...scenario.normalisation, method: design.normalisation }
      : scenario.normalisation,
    aggregation: design.aggregation
      ? { ...scenario.aggregation, method: design.aggregation, levels: {} }
      : scenario.aggregation,
    exclude: design.drop ? [...scenario.exclude, design.drop] : scenario.exclude,
  };
}
