import type { Dataset, Erratum } from '@smartcities/data/schema';
import { cell, type ScoreResult } from '../result.ts';
import type { VerifiedCell } from './types.ts';

/** What every table check reads: the result, its rounding bounds, the inputs, names and errata. */
export interface VerifyContext {
  dataset: Dataset;
  result: ScoreResult;
  bounds: Readonly<Record<string, Float64Array>>;
  names: ReadonlyMap<string, string>;
  errata: ReadonlyMap<string, Erratum>;
}

/** A table's cells: its printed numbers, and the names and second printings checked apart. */
export interface Checked {
  numbers: VerifiedCell[];
  other: VerifiedCell[];
}

/** The unrounded score of `node` for `city` (NaN when missing). */
export const scoreOf = ({ result }: VerifyContext, node: string, city: string): number =>
  cell(result.scores[node], result.unitIds.indexOf(city)) ?? NaN;

/** The rank of `node` for `city` (NaN when missing). */
export const rankOf = ({ result }: VerifyContext, node: string, city: string): number =>
  cell(result.ranks[node], result.unitIds.indexOf(city)) ?? NaN;

/** How far input rounding can move the score of `node` for `city`. */
export const boundOf = ({ result, bounds }: VerifyContext, node: string, city: string): number =>
  cell(bounds[node], result.unitIds.indexOf(city)) ?? 0;
