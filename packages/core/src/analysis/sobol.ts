import { quantileSorted } from '@smartcities/data/stats';
import { checkpoint, chunkSize, type RunOptions } from './progress.ts';
import type { Random } from './random.ts';

/** Sobol indices of a model, one entry per input dimension. */
export interface SobolResult {
  dims: number;
  /** Base samples N (the model ran N·(dims + 2) times). */
  samples: number;
  evaluations: number;
  /** Base samples left out because one of their evaluations was not a finite number. */
  failed: number;
  /** Mean and population variance of the output over the A and B samples used. */
  mean: number;
  variance: number;
  /** First-order indices S_i: the share of output variance due to input i alone. */
  first: number[];
  /** Total-effect indices ST_i: the share due to input i including all its interactions. */
  total: number[];
  /** Percentile bootstrap intervals [lower, upper] per input (null without bootstrap). */
  firstInterval: [number, number][] | null;
  totalInterval: [number, number][] | null;
}

/** Evaluations of the model at the A, B and AB_i points, for the base samples where all were finite. */
interface Runs {
  fA: Float64Array;
  fB: Float64Array;
  /** fAB[i·N + j]: the model at row j of A with column i taken from B. */
  fAB: Float64Array;
  used: Int32Array;
}

/**
 * Variance-based sensitivity of `model` on the unit hypercube [0, 1)^dims: Saltelli's design
 * (matrices A and B of `samples` random rows each, and AB_i = A with column i from B) with
 * Jansen's estimators (Saltelli et al. 2010, table 2): S_i = 1 - Σ(f(B) - f(AB_i))² / (2N·V) and
 * ST_i = Σ(f(A) - f(AB_i))² / (2N·V), V the population variance of f(A) and f(B) together.
 * A base sample with any non-finite output is left out (counted in `failed`). With
 * `bootstrap` > 0, base samples are resampled with replacement that many times and the
 * `confidence` percentile interval is reported. A constant output gives NaN indices.
 * @example sobol((x) => x[0]! + 2 * x[1]!, 2, 4096, createRandom(1)).first // ≈ [0.2, 0.8]
 */
export function sobol(
  model: (x: Float64Array) => number,
  dims: number,
  samples: number,
  random: Random,
  bootstrap = 0,
  options: RunOptions & { confidence?: number } = {},
): SobolResult {
  const runs = evaluate(model, dims, samples, random, options);
  const all = runs.used;
  const point = estimate(runs, dims, samples, all);
  const intervals =
    bootstrap > 0
      ? bootstrapIntervals(runs, dims, samples, random, bootstrap, options.confidence ?? 0.95)
      : null;
  return {
    dims,
    samples,
    evaluations: samples * (dims + 2),
    failed: samples - all.length,
    mean: point.mean,
    variance: point.variance,
    first: point.first,
    total: point.total,
    firstInterval: intervals?.first ?? null,
    totalInterval: intervals?.total ?? null,
  };
}

function evaluate(
  model: (x: Float64Array) => number,
  dims: number,
  samples: number,
  random: Random,
  options: RunOptions,
): Runs {
  const [a, b, mixed] = [new Float64Array(dims), new Float64Array(dims), new Float64Array(dims)];
  const fA = new Float64Array(samples),
    fB = new Float64Array(samples),
    fAB = new Float64Array(dims * samples);
  const used: number[] = [];
  const chunk = chunkSize(samples);
  for (let j = 0; j < samples; j++) {
    if (j % chunk === 0) checkpoint(options, j * (dims + 2), samples * (dims + 2));
    for (let i = 0; i < dims; i++) a[i] = random.next();
    for (let i = 0; i < dims; i++) b[i] = random.next();
    fA[j] = model(a);
    fB[j] = model(b);
    let finite = Number.isFinite(fA[j]!) && Number.isFinite(fB[j]!);
    for (let i = 0; i < dims; i++) {
      mixed.set(a);
      mixed[i] = b[i]!;
      fAB[i * samples + j] = model(mixed);
      finite &&= Number.isFinite(fAB[i * samples + j]!);
    }
    if (finite) used.push(j);
  }
  checkpoint(options, samples * (dims + 2), samples * (dims + 2));
  return { fA, fB, fAB, used: Int32Array.from(used) };
}

/** Jansen's estimators over the base samples listed in `rows` (repeats allowed, for the bootstrap). */
function estimate(
  runs: Runs,
  dims: number,
  samples: number,
  rows: Int32Array,
): { mean: number; variance: number; first: number[]; total: number[] } {
  const m = rows.length;
  let mean = 0;
  for (const j of rows) mean += runs.fA[j]! + runs.fB[j]!;
  mean /= 2 * m;
  let variance = 0;
  for (const j of rows) variance += (runs.fA[j]! - mean) ** 2 + (runs.fB[j]! - mean) ** 2;
  variance /= 2 * m;
  const first: number[] = [],
    total: number[] = [];
  for (let i = 0; i < dims; i++) {
    let fromB = 0,
      fromA = 0;
    for (const j of rows) {
      const ab = runs.fAB[i * samples + j]!;
      fromB += (runs.fB[j]! - ab) ** 2;
      fromA += (runs.fA[j]! - ab) ** 2;
    }
    first.push(variance > 0 ? 1 - fromB / (2 * m * variance) : NaN);
    total.push(variance > 0 ? fromA / (2 * m * variance) : NaN);
  }
  return { mean, variance, first, total };
}

function bootstrapIntervals(
  runs: Runs,
  dims: number,
  samples: number,
  random: Random,
  resamples: number,
  confidence: number,
): { first: [number, number][]; total: [number, number][] } {
  const firsts = Array.from({ length: dims }, () => new Float64Array(resamples));
  const totals = Array.from({ length: dims }, () => new Float64Array(resamples));
  const rows = new Int32Array(runs.used.length);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < rows.length; k++) rows[k] = runs.used[random.int(rows.length)]!;
    const { first, total } = estimate(runs, dims, samples, rows);
    for (let i = 0; i < dims; i++) [firsts[i]![r], totals[i]![r]] = [first[i]!, total[i]!];
  }
  const interval = (values: Float64Array): [number, number] => {
    values.sort();
    return [quantileSorted(values, (1 - confidence) / 2), quantileSorted(values, (1 + confidence) / 2)];
  };
  return { first: firsts.map(interval), total: totals.map(interval) };
}
