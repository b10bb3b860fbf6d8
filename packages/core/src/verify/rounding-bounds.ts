import type { Dataset } from '@smartcities/data/schema';
import type { ScoreResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { visitNudges } from './nudges.ts';

/** Half a unit in the last printed decimal of the inputs: the most that printing them moved each one. */
export const INPUT_HALF_STEP = 0.05;

/**
 * For every aggregate and unit, the most the score can move when each input moves by up to `step`
 * (the inputs are printed to one decimal, so the true ones lie within ±0.05). The engine itself
 * measures each input's effect: every indicator value is nudged by `step` in turn and the change
 * of every score is summed in absolute value, which is exact for weighted means and the linear
 * part of the leader-100 rescaling (the leader's own 100 does not move). Missing inputs count 0.
 * A nudge rescores only what it can change, through the same steps as `score` (`visitNudges`).
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
  visitNudges(dataset, base, scenario, step, (id, after, unit) =>
    addChange(bounds[id]!, base.scores[id]!, after, unit),
  );
  return bounds;
}

/** Adds each cell's absolute change to `into`: every cell, or only `unit`'s when it is not -1. */
function addChange(into: Float64Array, before: Float64Array, after: Float64Array, unit: number): void {
  const [from, to] = unit < 0 ? [0, into.length] : [unit, unit + 1];
  for (let u = from; u < to; u++) {
    const change = Math.abs(after[u]! - before[u]!);
    if (Number.isFinite(change)) into[u]! += change;
  }
}
