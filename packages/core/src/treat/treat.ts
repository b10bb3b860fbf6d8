import type { Dataset } from '@smartcities/data/schema';
import { fail } from '../errors.ts';
import { frameworkTree } from '../framework/tree.ts';
import { withCells } from '../impute/impute.ts';
import { matrixOf } from '../matrix.ts';
import { logCt, logCtPlus } from './log-transform.ts';
import { coinrThresholds, passes, type Thresholds } from './passes.ts';
import { kurtosis, skewness } from './skewness.ts';
import { winsorise } from './winsorise.ts';

/** Named outlier treatments; `coinr` is COINr's `Treat()` default. */
export const treatmentMethods = ['none', 'coinr', 'coinr-plus', 'winsorise', 'log'] as const;

/** An outlier treatment name. */
export type TreatmentMethod = (typeof treatmentMethods)[number];

/** Which treatment, with COINr's thresholds and winsorising limit unless given. */
export interface TreatOptions extends Partial<Thresholds> {
  method?: TreatmentMethod;
  /** Most points winsorised per indicator (COINr's `winmax`, default 5). */
  maxWinsorised?: number;
}

/** One cell that treatment changed, and how. */
export interface TreatedCell {
  unit: string;
  indicator: string;
  from: number;
  value: number;
  how: 'winsorised' | 'log';
}

/** What treatment found and did for one indicator. */
export interface IndicatorTreatment {
  indicator: string;
  before: { skewness: number; kurtosis: number };
  after: { skewness: number; kurtosis: number };
  /** `none` when the indicator passed the test (or the method is `none`). */
  action: 'none' | 'winsorised' | 'log';
  /** Points winsorised (0 unless `action` is `winsorised`). */
  winsorised: number;
  /** Whether the treated indicator passes the skewness and kurtosis test. */
  passes: boolean;
}

/**
 * Outlier treatment per indicator, COINr's `Treat()` by default (`coinr`): an indicator fails when
 * |skewness| ≥ 2 and kurtosis ≥ 3.5 (sample formulas); a failing one is winsorised a point at a
 * time (up to 5) until it passes; if it still fails, the winsorising is dropped and the original
 * column is log-transformed instead (`log_CT`). `coinr-plus` mirrors the log for negative skew,
 * `winsorise` never logs, `log` never winsorises. Returns the treated dataset, every changed cell
 * and a report per indicator.
 * @example treatOutliers(dataset).report.filter((r) => r.action !== 'none')
 */
export function treatOutliers(dataset: Dataset, options: TreatOptions = {}) {
  const method = options.method ?? 'coinr';
  if (!treatmentMethods.includes(method))
    fail(
      'unknown-method',
      'treat',
      `unknown treatment "${method}"; expected one of ${treatmentMethods.join(', ')}`,
    );
  const thresholds = { ...coinrThresholds, ...definedOnly(options) };
  const { unitIds, columns } = matrixOf(dataset);
  const changed: TreatedCell[] = [];
  const report: IndicatorTreatment[] = [];
  for (const indicator of frameworkTree(dataset.framework).indicators) {
    const original = columns.get(indicator)!;
    const outcome = treatColumn(original, method, options.maxWinsorised ?? 5, thresholds);
    for (const u of outcome.changed)
      changed.push({
        unit: unitIds[u]!,
        indicator,
        from: original[u]!,
        value: outcome.column[u]!,
        how: outcome.how!,
      });
    report.push({
      indicator,
      before: stats(original),
      after: stats(outcome.column),
      action: outcome.how ?? 'none',
      winsorised: outcome.how === 'winsorised' ? outcome.changed.length : 0,
      passes: passes(outcome.column, thresholds),
    });
  }
  return { dataset: withCells(dataset, changed), changed, report };
}

function definedOnly(options: TreatOptions): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  if (options.skewness !== undefined) out.skewness = options.skewness;
  if (options.kurtosis !== undefined) out.kurtosis = options.kurtosis;
  return out;
}

const stats = (column: Float64Array) => ({ skewness: skewness(column), kurtosis: kurtosis(column) });

interface ColumnOutcome {
  column: Float64Array;
  how?: 'winsorised' | 'log';
  changed: number[];
}

function treatColumn(
  original: Float64Array,
  method: TreatmentMethod,
  max: number,
  t: Thresholds,
): ColumnOutcome {
  const ok = (column: Float64Array) => passes(column, t);
  if (method === 'none' || ok(original)) return { column: original, changed: [] };
  if (method !== 'log') {
    const { column, high, low } = winsorise(original, max, ok);
    const moved = [...high, ...low].sort((a, b) => a - b);
    if (method === 'winsorise' || ok(column)) return { column, how: 'winsorised', changed: moved };
  }
  const column = method === 'coinr-plus' ? logCtPlus(original) : logCt(original);
  return { column, how: 'log', changed: observedPositions(original) };
}

function observedPositions(column: Float64Array): number[] {
  return [...column.keys()].filter((u) => !Number.isNaN(column[u]!));
}
