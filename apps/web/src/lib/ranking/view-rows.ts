import { rankingRows, type PublishedFigures, type ScoreResult } from '@smartcities/core';
import type { Dataset } from '@smartcities/data/schema';
import type { ViewRow } from './view-row';

/** Options of `viewRows`: the node to rank, a baseline for rank changes, printed figures (core's `printedOption`), Chinese names and rank intervals. */
export interface ViewRowOptions {
  node?: string;
  baseline?: ScoreResult;
  published?: Record<string, PublishedFigures>;
  namesZh?: Readonly<Record<string, string>>;
  intervals?: Readonly<Record<string, { low: number; high: number }>>;
}

/**
 * The engine's ranking rows (best first) with the Chinese name and rank interval of each city
 * attached; no number is computed here.
 */
export function viewRows(result: ScoreResult, dataset: Dataset, options: ViewRowOptions = {}): ViewRow[] {
  const { node, baseline, published, namesZh = {}, intervals = {} } = options;
  const ranking = {
    ...(node ? { node } : {}),
    ...(baseline ? { baseline } : {}),
    ...(published ? { published } : {}),
  };
  return rankingRows(result, dataset, ranking).map((row) => ({
    ...row,
    nameZh: namesZh[row.city],
    interval: intervals[row.city],
  }));
}
