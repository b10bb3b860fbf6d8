import type { TierName } from '../../tiers/types.ts';

/** A tier threshold a unit crossed, how the threshold moved, and what made the difference. */
export interface TierCrossing {
  threshold: 'upper' | 'lower';
  thresholdFrom: number;
  thresholdTo: number;
  /**
   * `score`: the unit's own score change alone would have crossed the old threshold and the
   * threshold's move alone would not have; `threshold`: the reverse; `both`: neither alone, or each alone.
   */
  cause: 'score' | 'threshold' | 'both';
}

/** Cut-offs of one side: above `upper` leads, above `lower` is advanced, the rest follow. */
export interface Cutoffs {
  upper: number;
  lower: number;
}

const order: Record<TierName, number> = { following: 0, advanced: 1, leading: 2 };

/**
 * The thresholds a unit crossed between two tier assignments, each with its cause; empty when
 * its tier did not change or it is unscored on a side.
 */
export function tierCrossings(
  tiers: [TierName | null, TierName | null],
  scores: [number, number],
  cutoffs: [Cutoffs, Cutoffs],
): TierCrossing[] {
  const [a, b] = tiers;
  if (a === null || b === null || a === b) return [];
  const [lo, hi] = [Math.min(order[a], order[b]), Math.max(order[a], order[b])];
  const crossed: ('upper' | 'lower')[] = [];
  if (lo === 0 && hi >= 1) crossed.push('lower');
  if (lo <= 1 && hi === 2) crossed.push('upper');
  return crossed.map((threshold) =>
    crossing(threshold, scores, [cutoffs[0][threshold], cutoffs[1][threshold]]),
  );
}

function crossing(
  threshold: 'upper' | 'lower',
  [s0, s1]: [number, number],
  [t0, t1]: [number, number],
): TierCrossing {
  const scoreAlone = s1 > t0 !== s0 > t0;
  const thresholdAlone = s0 > t1 !== s0 > t0;
  const cause =
    scoreAlone && !thresholdAlone ? 'score' : thresholdAlone && !scoreAlone ? 'threshold' : 'both';
  return { threshold, thresholdFrom: t0, thresholdTo: t1, cause };
}
