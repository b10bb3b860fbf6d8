import type { TierRuleSpec } from '../scenario/schema.ts';
import { meanSd } from './mean-sd.ts';
import { quantileTiers } from './quantile.ts';
import { classify, type TierAssignment, type TierRule } from './types.ts';

/** Every tier rule by name. */
export const tierRules = { 'mean-sd': meanSd, quantile: quantileTiers } as const;

/** Assigns tiers to index scores with the rule a scenario names. */
export function assignTiers(scores: Float64Array, spec: TierRuleSpec): TierAssignment {
  const rule = tierRules[spec.rule] as TierRule<typeof spec>;
  const { upper, lower } = rule.cutoffs(scores, spec);
  return classify(scores, upper, lower);
}
