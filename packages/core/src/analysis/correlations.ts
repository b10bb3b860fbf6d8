import type { Dataset } from '@smartcities/data/schema';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { correlationTest, type CorrelationMethod } from './stats/correlation-test.ts';

/** A symmetric correlation matrix over indicators, aggregates and the index, with p-values. */
export interface CorrelationMatrix {
  method: CorrelationMethod;
  /** Active indicators (framework order), then aggregates children first, the index last. */
  ids: string[];
  types: ('indicator' | 'aggregate')[];
  /** r[i][j], p[i][j] (two-sided, against no correlation) and the pairs n[i][j] used; 1, 0 and n on the diagonal. */
  r: number[][];
  p: number[][];
  n: number[][];
}

/**
 * Correlations between every pair of active indicators, aggregates (pillars) and the index,
 * computed on the values the index is built from (normalised indicators, aggregate scores, the
 * rescaled index) over the units where both are observed; see `correlationTest` for the
 * p-values. Throws a ScoringError when the scenario does not fit the dataset.
 * @example correlations(edition2020.dataset, defaultScenario, 'spearman').r
 */
export function correlations(
  dataset: Dataset,
  scenario: Scenario,
  method: CorrelationMethod = 'pearson',
): CorrelationMatrix {
  const result = score(dataset, scenario);
  const ids = [...result.plan.indicators, ...result.plan.aggregates];
  const columns = ids.map((id) => result.scores[id]!);
  const size = ids.length;
  const square = () => Array.from({ length: size }, () => new Array<number>(size).fill(NaN));
  const [r, p, n] = [square(), square(), square()];
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      const test = i === j ? diagonal(columns[i]!) : correlationTest(columns[i]!, columns[j]!, method);
      [r[i]![j], p[i]![j], n[i]![j]] = [test.r, test.p, test.n];
      [r[j]![i], p[j]![i], n[j]![i]] = [test.r, test.p, test.n];
    }
  }
  return {
    method,
    ids,
    types: ids.map((id) => (result.tree.nodes.get(id)!.type === 'indicator' ? 'indicator' : 'aggregate')),
    r,
    p,
    n,
  };
}

function diagonal(column: Float64Array): { r: number; p: number; n: number } {
  const n = column.filter((v) => !Number.isNaN(v)).length;
  return { r: 1, p: 0, n };
}
