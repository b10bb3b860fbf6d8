import { skewness } from './skewness.ts';

/** A winsorised column and the positions it changed on each side. */
export interface Winsorised {
  column: Float64Array;
  high: number[];
  low: number[];
}

/**
 * COINr's `winsorise()`: while the column fails `passes` and fewer than `max` points are
 * winsorised, take the side of the skew (high when skewness ≥ 0) and give every point holding
 * the extreme value the next value in. Points already winsorised on that side tie at the extreme,
 * so each step moves them all and the count grows by one per step. Missing values are skipped.
 * @example winsorise(Float64Array.of(1, 2, 3, 4, 100), 5, (c) => Math.max(...c) < 50).high // [4]
 */
export function winsorise(
  original: Float64Array,
  max: number,
  passes: (column: Float64Array) => boolean,
): Winsorised {
  const column = original.slice();
  let high: number[] = [];
  let low: number[] = [];
  while (!passes(column) && high.length + low.length < max) {
    if (skewness(column) >= 0) high = moveExtreme(column, 1);
    else low = moveExtreme(column, -1);
  }
  return { column, high, low };
}

/** Sets every point at the extreme (max for sign 1, min for −1) to the next value in; returns their positions. */
function moveExtreme(column: Float64Array, sign: 1 | -1): number[] {
  let extreme = -Infinity;
  for (const v of column) if (!Number.isNaN(v) && sign * v > extreme) extreme = sign * v;
  const at: number[] = [];
  let next = -Infinity;
  column.forEach((v, i) => {
    if (Number.isNaN(v)) return;
    if (sign * v === extreme) at.push(i);
    else if (sign * v > next) next = sign * v;
  });
  if (next === -Infinity) return at;
  for (const i of at) column[i] = sign * next;
  return at;
}
