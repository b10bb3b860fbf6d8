import { newColumn } from '@smartcities/data/stats';
import { ScoringError } from './errors.ts';

/** The largest value of a column (NaN cells ignored), -Infinity when it has none. */
function maxOf(column: Float64Array): number {
  let max = -Infinity;
  for (const v of column) if (v > max) max = v;
  return max;
}

/** Divides by the leader's score and multiplies by 100; refuses a leader at or below zero. */
export function leader100(column: Float64Array): Float64Array {
  return divided(column, leaderOf(maxOf(column)));
}

function leaderOf(max: number): number {
  if (max > 0) return max;
  throw new ScoringError([
    {
      code: 'rescale-non-positive',
      path: 'rescale',
      message: `leader-100 needs a positive leader score, got ${max}; use rescale "none" with this normalisation`,
    },
  ]);
}

function divided(column: Float64Array, max: number, out = newColumn(column.length)): Float64Array {
  for (let i = 0; i < column.length; i++) out[i] = (column[i]! / max) * 100;
  return out;
}

/**
 * `leader100` of a column in which one unit's cell takes a new value, without rescaling the whole
 * column when the leader's score stays the same (then only that unit's cell changes). Writes into
 * `out` and returns the unit whose cell alone changed (only `out[unit]` is written), or -1 when the
 * leader's score changed and every cell of `out` is written. Gives exactly what `leader100` gives
 * for the changed column (same operations), and throws as it does.
 * @example const rescale = leader100After(unrescaled); rescale(4, 81.2, out)
 */
export function leader100After(
  column: Float64Array,
): (unit: number, value: number, out: Float64Array) => number {
  const max = maxOf(column);
  let at = -1;
  let second = -Infinity;
  for (let u = 0; u < column.length; u++) {
    const v = column[u]!;
    if (at < 0 && v === max) at = u;
    else if (v > second) second = v;
  }
  return (unit, value, out) => {
    const rest = unit === at ? second : max;
    const leader = leaderOf(value > rest ? value : rest);
    if (leader === max) {
      out[unit] = (value / max) * 100;
      return unit;
    }
    divided(column, leader, out);
    out[unit] = (value / leader) * 100;
    return -1;
  };
}
