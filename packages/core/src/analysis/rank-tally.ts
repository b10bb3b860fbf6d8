import { tierCode } from './fast-model.ts';

/** Rank statistics of one unit over the runs that scored it. */
export interface UncertaintyRow {
  city: string;
  /** Rank under the scenario itself (NaN when unranked). */
  nominal: number;
  mean: number;
  /** Median and the 5th and 95th percentile ranks (R's type-7 quantiles). */
  median: number;
  q05: number;
  q95: number;
  /** Share of successful runs in which the unit fell in each tier. */
  tiers: { leading: number; advanced: number; following: number };
}

/** Counts of every rank and tier per unit, accumulated run by run without storing the runs. */
export interface RankTally {
  add(ranks: Float64Array, tiers: Uint8Array): void;
  rows(unitIds: readonly string[], nominal: ArrayLike<number>): UncertaintyRow[];
}

/**
 * A tally for `units` units. Competition ranks are whole numbers from 1 to units, so a histogram
 * per unit holds them exactly and the quantiles are read off its cumulative counts. A run that
 * leaves a unit unranked (NaN) does not count for that unit's rank statistics.
 */
export function createTally(units: number): RankTally {
  const counts = new Float64Array(units * (units + 1));
  const tierCounts = new Float64Array(units * 4);
  let runs = 0;
  return {
    add(ranks, tiers) {
      runs++;
      for (let u = 0; u < units; u++) {
        if (!Number.isNaN(ranks[u]!)) counts[u * (units + 1) + ranks[u]!]!++;
        tierCounts[u * 4 + tiers[u]!]!++;
      }
    },
    rows: (unitIds, nominal) =>
      unitIds.map((city, u) => {
        const histogram = counts.subarray(u * (units + 1), (u + 1) * (units + 1));
        const share = (code: number) => (runs === 0 ? NaN : tierCounts[u * 4 + code]! / runs);
        return {
          city,
          nominal: nominal[u]!,
          ...rankStatistics(histogram),
          tiers: {
            leading: share(tierCode.leading),
            advanced: share(tierCode.advanced),
            following: share(tierCode.following),
          },
        };
      }),
  };
}

/** Mean, median and type-7 5% and 95% quantiles of the values whose counts `histogram[value]` holds. */
export function rankStatistics(histogram: ArrayLike<number>): {
  mean: number;
  median: number;
  q05: number;
  q95: number;
} {
  let n = 0,
    sum = 0;
  for (let r = 0; r < histogram.length; r++) {
    n += histogram[r]!;
    sum += r * histogram[r]!;
  }
  const q = (p: number) => quantileOfCounts(histogram, n, p);
  return { mean: n === 0 ? NaN : sum / n, median: q(0.5), q05: q(0.05), q95: q(0.95) };
}

/** The type-7 p-quantile of n values given as counts: h = (n-1)p, between order statistics ⌊h⌋ and ⌊h⌋+1. */
function quantileOfCounts(histogram: ArrayLike<number>, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = orderStatistic(histogram, lo);
  return lo + 1 < n ? a + (h - lo) * (orderStatistic(histogram, lo + 1) - a) : a;
}

/** The k-th smallest value (0-based): the first value whose cumulative count exceeds k. */
function orderStatistic(histogram: ArrayLike<number>, k: number): number {
  let cumulative = 0;
  for (let r = 0; r < histogram.length; r++) {
    cumulative += histogram[r]!;
    if (cumulative > k) return r;
  }
  return NaN;
}

/** Ascending ranks with NaN (unranked) last; stable for ties. */
export function byRank(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  return Number.isNaN(b) ? -1 : a - b;
}
