import type { Dataset } from '@smartcities/data/schema';
import { matrixOf } from './matrix.ts';
import { normalisers } from './normalise/registry.ts';
import type { ScoreResult } from './result.ts';

/** Raw values outside the scale a normalisation takes them on (as-published: 0-100). */
export interface OffScale {
  method: string;
  lower: number;
  upper: number;
  /** How many observed values of active indicators lie outside, and how many there are. */
  count: number;
  observed: number;
  /** The smallest and largest observed value. */
  min: number;
  max: number;
  /** The first value outside, in framework then unit order. */
  first: { unit: string; indicator: string; value: number };
}

/**
 * Checks that a result's raw values fit the scale its normalisation expects (as-published keeps
 * values as they are, so they must already be on 0-100); undefined when they do or when the
 * method expects no scale. Missing values are ignored.
 * @example offScale(score(userData), userData) // { method: 'as-published', count: 4, max: 523.4, … }
 */
export function offScale(result: ScoreResult, dataset: Dataset): OffScale | undefined {
  const { method } = result.scenario.normalisation;
  const expects = normalisers[method].expects;
  if (!expects) return undefined;
  const { unitIds, columns } = matrixOf(dataset);
  let [count, observed, min, max] = [0, 0, Infinity, -Infinity];
  let first: OffScale['first'] | undefined;
  for (const indicator of result.plan.indicators) {
    columns.get(indicator)!.forEach((value, u) => {
      if (Number.isNaN(value)) return;
      [observed, min, max] = [observed + 1, Math.min(min, value), Math.max(max, value)];
      if (value >= expects.lower && value <= expects.upper) return;
      count++;
      first ??= { unit: unitIds[u]!, indicator, value };
    });
  }
  return first ? { method, ...expects, count, observed, min, max, first } : undefined;
}
