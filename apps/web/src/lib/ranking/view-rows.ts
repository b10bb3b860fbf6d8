import { rankingRows, type ScoreResult } from '@smartcities/core';
import type { Dataset } from '@smartcities/data/schema';
import type { ViewRow } from './view-row';

/** Options of `viewRows`: the node to rank, a baseline for rank changes, Chinese names and rank intervals. */
export interface ViewRowOptions {
  node?: string;
  baseline?: ScoreResult;
  namesZh?: Readonly<Record<string, string>>;
  intervals?: Readonly<Record<string, { low: number; high: number }>>;
}

/**
 * The engine's ranking rows (best first) with the Chinese name and rank interval of each city
 * attached; no number is computed here.
 */
export function viewRows(result: ScoreResult, dataset: Dataset, options: ViewRowOptions = {}): ViewRow[] {
  const { node, baseline, namesZh = {}, intervals = {} } = options;
  return rankingRows(result, dataset, { ...(node ? { node } : {}), ...(baseline ? { baseline } : {}) }).map(
    (row) => ({
      ...row,
      nameZh: namesZh[row.city],
      interval: intervals[row.city],
    }),
  );
}
