import type { Dataset } from '@smartcities/data/schema';
import type { Issue } from '../errors.ts';
import type { NormalisationMethod } from '../normalise/registry.ts';
import type { Scenario } from '../scenario/schema.ts';
import { safeScore } from '../score.ts';

/** The normalised columns of the active indicators under one method, their natural logs and smallest values. */
export interface NormalisedTable {
  columns: Float64Array[];
  logs: Float64Array[];
  /** Smallest observed value per column (Infinity when none), as ensurePositive computes it. */
  mins: Float64Array;
  /** 1 for a column without missing values. */
  complete: Uint8Array;
}

/**
 * Normalises every active indicator once with `method` by running `score()` itself (arithmetic
 * aggregation, no rescaling, so only the normalisation can fail), so the columns are exactly the
 * ones `score()` aggregates. Normalisation is column by column, so weights, aggregation and
 * exclusions never change these columns.
 */
export function normalisedTable(
  dataset: Dataset,
  scenario: Scenario,
  method: NormalisationMethod,
  indicators: readonly string[],
): NormalisedTable | { issues: Issue[] } {
  const probe: Scenario = {
    ...scenario,
    normalisation: { ...scenario.normalisation, method },
    aggregation: { ...scenario.aggregation, method: 'arithmetic', levels: {} },
    rescale: 'none',
  };
  const scored = safeScore(dataset, probe);
  if (!scored.ok) return { issues: scored.issues };
  const columns = indicators.map((id) => scored.result.scores[id]!);
  const mins = Float64Array.from(columns, (column) =>
    column.reduce((min, v) => (v < min ? v : min), Infinity),
  );
  const complete = Uint8Array.from(columns, (column) => (column.some(Number.isNaN) ? 0 : 1));
  return { columns, logs: columns.map((column) => column.map(Math.log)), mins, complete };
}
