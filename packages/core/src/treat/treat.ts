import type { Dataset } from '@smartcities/data/schema';
import { frameworkTree } from '../framework/tree.ts';
import { withCells } from '../impute/impute.ts';
import { matrixOf } from '../matrix.ts';
import { moments } from './moments.ts';

/** When an indicator counts as having outliers, and how far treatment may go. */
export interface TreatOptions {
  /** Flag when |skewness| exceeds this (default 2) … */
  skewness?: number;
  /** … and excess kurtosis exceeds this (default 3.5), as in COINr. */
  kurtosis?: number;
  /** Most points winsorised per indicator before a log transform is tried (default 5). */
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

/**
 * Outlier treatment per indicator: flag it when |skewness| > 2 and kurtosis > 3.5; winsorise
 * (the most extreme value on the skewed side takes the next value in) up to `maxWinsorised`
 * points until it is no longer flagged; if it still is, restore the column and log-transform it
 * instead (log(x - min + 1), mirrored for negative skew). Returns a new dataset, every changed
 * cell, and the indicators still flagged.
 */
export function treatOutliers(
  dataset: Dataset,
  options: TreatOptions = {},
): { dataset: Dataset; changed: TreatedCell[]; flagged: string[] } {
  const { unitIds, columns } = matrixOf(dataset);
  const flagged = (col: Float64Array) => isFlagged(col, options);
  const changed: TreatedCell[] = [];
  const still: string[] = [];
  for (const indicator of frameworkTree(dataset.framework).indicators) {
    const original = columns.get(indicator)!;
    if (!flagged(original)) continue;
    const treated = winsorise(original, options.maxWinsorised ?? 5, flagged) ?? logTransform(original);
    const how = treated.kind;
    treated.column.forEach((v, u) => {
      if (v !== original[u] && !Number.isNaN(v))
        changed.push({ unit: unitIds[u]!, indicator, from: original[u]!, value: v, how });
    });
    if (flagged(treated.column)) still.push(indicator);
  }
  return { dataset: withCells(dataset, changed), changed, flagged: still };
}

function isFlagged(column: Float64Array, options: TreatOptions): boolean {
  const { skewness, kurtosis } = moments(column);
  return Math.abs(skewness) > (options.skewness ?? 2) && kurtosis > (options.kurtosis ?? 3.5);
}

function winsorise(original: Float64Array, max: number, flagged: (c: Float64Array) => boolean) {
  const column = original.slice();
  for (let k = 0; k < max && flagged(column); k++) {
    const high = moments(column).skewness > 0;
    const order = [...column.keys()]
      .filter((u) => !Number.isNaN(column[u]!))
      .sort((a, b) => (high ? column[b]! - column[a]! : column[a]! - column[b]!));
    const extreme = order[0]!;
    const next = order.find((u) => column[u] !== column[extreme]);
    if (next === undefined) break;
    column[extreme] = column[next]!;
  }
  return flagged(column) ? undefined : { column, kind: 'winsorised' as const };
}

function logTransform(original: Float64Array) {
  const positive = moments(original).skewness > 0;
  let min = Infinity,
    max = -Infinity;
  for (const v of original) if (!Number.isNaN(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  const column = original.map((v) => (positive ? Math.log(v - min + 1) : -Math.log(max - v + 1)));
  return { column, kind: 'log' as const };
}
