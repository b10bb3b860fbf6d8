import type { Dataset } from '@smartcities/data/schema';
import type { Scenario } from '../../scenario/schema.ts';
import { safeScore } from '../../score.ts';
import { standingOf, type Standing } from './target.ts';

/** An improvement of one indicator, in points on its raw scale (toward its better end). */
export interface Change {
  indicator: string;
  points: number;
  /** The indicator's value after the change. */
  value: number;
}

/**
 * Re-scores the dataset through `score()` with one unit's indicators changed, and returns that
 * unit's new standing (null when the changed data cannot be scored).
 */
export function standingAfter(
  dataset: Dataset,
  scenario: Scenario,
  unit: string,
  changes: readonly Change[],
): Standing | null {
  const values = { ...dataset.values[unit] };
  for (const change of changes) values[change.indicator] = change.value;
  const scored = safeScore({ ...dataset, values: { ...dataset.values, [unit]: values } }, scenario);
  return scored.ok ? standingOf(scored.result, scored.result.unitIds.indexOf(unit)) : null;
}
