import type { Dataset, IndicatorNote } from '@smartcities/data/schema';
import { correlationTest } from './analysis/stats/correlation-test.ts';
import { cell, type ScoreResult } from './result.ts';
import { nodeRanks } from './rows.ts';
import { median } from '@smartcities/data/stats';

/** One city on an indicator: the value as in the data, the score the index uses, and the rank. */
export interface IndicatorRow {
  city: string;
  name: string;
  value: number | null;
  score: number | null;
  rank: number | null;
}

/** An indicator's correlation (Pearson, with two-sided p-value and pairs used) with one aggregate; null r and p when undefined. */
export interface IndicatorCorrelation {
  with: string;
  r: number | null;
  p: number | null;
  n: number;
}

/**
 * Everything about one indicator under a scenario: its place in the framework, nominal and
 * effective weight, the note on it (definition, sources, caveats) when one is given, the median,
 * lowest and highest value, the ranking of all cities, and its correlation with its pillar and
 * with the index (on the values the index is built from).
 */
export interface IndicatorProfile {
  id: string;
  name: string;
  pillar: string;
  direction: 1 | -1;
  weight: number;
  effectiveWeight: number | null;
  note: IndicatorNote | null;
  median: number | null;
  min: number | null;
  max: number | null;
  rows: IndicatorRow[];
  correlations: { pillar: IndicatorCorrelation; index: IndicatorCorrelation } | null;
}

/**
 * The profile of an indicator; undefined when `id` is not an indicator of the framework. An
 * excluded indicator keeps its values but has no scores, ranks, weight or correlations.
 * Median, min and max are over the observed data values (null when none).
 * @example indicatorProfile(score(edition2020.dataset), edition2020.dataset, 'data-center')?.rows[0]?.city // 'singapore'
 */
export function indicatorProfile(
  result: ScoreResult,
  dataset: Dataset,
  id: string,
  note?: IndicatorNote,
): IndicatorProfile | undefined {
  const node = result.tree.nodes.get(id);
  if (!node || node.type !== 'indicator') return undefined;
  const rows = rowsOf(result, dataset, id);
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const active = result.plan.indicators.includes(id);
  return {
    id,
    name: node.name,
    pillar: node.parent!,
    direction: node.direction,
    weight: result.scenario.weights[id] ?? node.weight,
    effectiveWeight: active ? (result.plan.effectiveWeights[id] ?? null) : null,
    note: note ?? null,
    median: values.length ? median(values) : null,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    rows,
    correlations: active ? correlationsOf(result, id, node.parent!) : null,
  };
}

function rowsOf(result: ScoreResult, dataset: Dataset, id: string): IndicatorRow[] {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const ranks = nodeRanks(result, id);
  const rows = result.unitIds.map((city, u) => {
    const raw = dataset.values[city]?.[id];
    return {
      city,
      name: names.get(city) ?? city,
      value: typeof raw === 'number' ? raw : null,
      score: cell(result.scores[id], u),
      rank: ranks ? cell(ranks, u) : null,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

function correlationsOf(result: ScoreResult, id: string, pillar: string): IndicatorProfile['correlations'] {
  const own = result.scores[id]!;
  const test = (other: string): IndicatorCorrelation => {
    const t = correlationTest(own, result.scores[other] ?? new Float64Array(own.length).fill(NaN), 'pearson');
    return { with: other, r: finite(t.r), p: finite(t.p), n: t.n };
  };
  return { pillar: test(pillar), index: test(result.tree.root) };
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
