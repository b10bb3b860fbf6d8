import type { Dataset } from '@smartcities/data/schema';
import { score } from '../score.ts';
import type { ScoreResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Half a unit in the last printed decimal of the inputs: the most that printing them moved each one. */
export const INPUT_HALF_STEP = 0.05;

/**
 * For every aggregate and unit, the most the score can move when each input moves by up to `step`
 * (the inputs are printed to one decimal, so the true ones lie within ±0.05). The engine itself
 * measures each input's effect: every indicator value is nudged by `step` in turn and the change
 * of every score is summed in absolute value, which is exact for weighted means and the linear
 * part of the leader-100 rescaling (the leader's own 100 does not move). Missing inputs count 0.
 * @example roundingBounds(dataset, result).service[4] // 0.05 (a mean of four inputs)
 */
export function roundingBounds(
  dataset: Dataset,
  base: ScoreResult,
  scenario: Scenario = base.scenario,
  step = INPUT_HALF_STEP,
): Record<string, Float64Array> {
  const bounds = Object.fromEntries(
    base.plan.aggregates.map((id) => [id, new Float64Array(base.unitIds.length)]),
  );
  for (const unit of base.unitIds) {
    for (const [indicator, value] of Object.entries(dataset.values[unit] ?? {})) {
      if (value === null) continue;
      const nudged = score(withValue(dataset, unit, indicator, value + step), scenario);
      for (const id of base.plan.aggregates) addChange(bounds[id]!, base.scores[id]!, nudged.scores[id]!);
    }
  }
  return bounds;
}

function withValue(dataset: Dataset, unit: string, indicator: string, value: number): Dataset {
  return {
    ...dataset,
    values: { ...dataset.values, [unit]: { ...dataset.values[unit], [indicator]: value } },
  };
}

function addChange(into: Float64Array, before: Float64Array, after: Float64Array): void {
  for (let u = 0; u < into.length; u++) {
    const change = Math.abs(after[u]! - before[u]!);
    if (Number.isFinite(change)) into[u]! += change;
  }
}
