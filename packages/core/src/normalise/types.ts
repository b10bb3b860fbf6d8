import { newColumn } from '@smartcities/data/stats';

/** Parameters a normaliser may read; each method documents which ones it uses. */
export interface NormalisationParams {
  /** min-max: output range (default 0 and 100). */
  lower?: number;
  upper?: number;
  /** z-score: target mean and SD (default 0 and 1). */
  mean?: number;
  sd?: number;
  /** fraction-of-max, percentile-rank, goalposts, distance-*: multiplier of the 0-1 result (default 100). */
  scale?: number;
  /** distance-to-target: the target, one number or one per indicator id. */
  target?: number | Record<string, number>;
  /** distance-to-reference: the id of the reference unit. */
  reference?: string;
  /** goalposts: the lower and upper goalpost, one pair or one per indicator id. */
  goalposts?: { lower: number; upper: number } | Record<string, { lower: number; upper: number }>;
  /** distance-to-target/-reference: cap results above 1 at 1 (default false). goalposts: truncate (default true). */
  capMax?: boolean;
  truncate?: boolean;
}

/** What a normaliser knows about the column it transforms. */
export interface NormaliseContext {
  indicator: string;
  /** +1 or -1; the values arrive already multiplied by it. */
  direction: 1 | -1;
  unitIds: readonly string[];
}

/**
 * A normalisation method: maps one indicator column (NaN = missing, direction already applied,
 * so higher is always better) to a new column; missing cells stay missing and the statistics it
 * needs are taken over observed values only.
 */
export interface Normaliser {
  name: string;
  /** The COINr function that does the same, for users who know it. */
  coinr: string;
  description: string;
  /** The scale the raw values must already be on, for a method that keeps them (as-published). */
  expects?: { lower: number; upper: number };
  apply(x: Float64Array, params: NormalisationParams, ctx: NormaliseContext): Float64Array;
  /**
   * True when each unit's result reads only that unit's value (no column statistic), so a unit
   * gives the same result whatever the other units hold; absent means it may read the column.
   */
  unitWise?: boolean;
}

/** Applies f to every observed cell, keeping NaN cells missing. */
export function mapObserved(x: Float64Array, f: (v: number) => number): Float64Array {
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Number.isNaN(x[i]!) ? NaN : f(x[i]!);
  return out;
}

/** Picks an indicator's own value from a per-indicator record, or the shared value. */
export function perIndicator<T extends object | number>(
  value: T | Record<string, T> | undefined,
  indicator: string,
  isShared: (v: unknown) => v is T,
): T | undefined {
  if (value === undefined || isShared(value)) return value as T | undefined;
  return (value as Record<string, T>)[indicator];
}
