import type { Erratum } from '@smartcities/data/schema';
import { roundHalfUp } from '../display/round-half-up.ts';
import type { CellStatus, VerifiedCell } from './types.ts';

type Base = Omit<VerifiedCell, 'status' | 'computed' | 'unrounded' | 'bound'>;

/** A printed cell that must match exactly: an input, a count, a rank, a tier or a name. */
export type ExactCell = Base & { computed: number | string; bound?: 0 | null };

/** A printed score: the engine's unrounded value and how far input rounding can move it (reported rounded up to 0.001). */
export type ScoreCell = Base & { unrounded: number; bound: number | null; digits?: number };

/**
 * Judges a cell that has no rounding slack: exact when printed and computed agree; erratum when
 * they differ, an erratum is attached and its correction is what was computed; failed otherwise
 * (also when an erratum is attached to a cell the engine reproduces as printed).
 */
export function judgeExact(cell: ExactCell, errata: ReadonlyMap<string, Erratum>): VerifiedCell {
  const bound = cell.bound === undefined ? (typeof cell.published === 'number' ? 0 : null) : cell.bound;
  return ordered(cell, cell.computed, undefined, bound, statusOf(cell, cell.computed, errata, false));
}

/**
 * Judges a printed score: rounds the engine's value half up to the printed decimals (exact when
 * the digits agree); `rounding` when the printed value lies within `bound` plus half a printed
 * step of the unrounded value, i.e. some inputs that print as the report's would print this cell.
 */
export function judgeScore(cell: ScoreCell, errata: ReadonlyMap<string, Erratum>): VerifiedCell {
  const { digits = 1, unrounded, published } = cell;
  const computed = roundHalfUp(unrounded, digits);
  const slack = (cell.bound ?? 0) + 0.5 * 10 ** -digits + 1e-9;
  const near =
    cell.bound !== null && typeof published === 'number' && Math.abs(published - unrounded) <= slack;
  const bound = cell.bound === null ? null : Math.max(0, Math.ceil(cell.bound * 1000 - 1e-6) / 1000);
  return ordered(cell, computed, unrounded, bound, statusOf(cell, computed, errata, near));
}

/** The cell's fields in one order for every kind of cell, so that tables and CSV columns line up. */
function ordered(
  { table, row, column, city, published, erratum }: Base,
  computed: number | string,
  unrounded: number | undefined,
  bound: number | null,
  status: CellStatus,
): VerifiedCell {
  return {
    table,
    row,
    column,
    ...(city === undefined ? {} : { city }),
    published,
    computed,
    ...(unrounded === undefined ? {} : { unrounded }),
    bound,
    status,
    ...(erratum === undefined ? {} : { erratum }),
  };
}

/** Printed and computed agree as the report would print them (numbers by value, else as text). */
function same(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (a !== a && b !== b);
  return String(a) === String(b);
}

function statusOf(
  cell: Base,
  computed: number | string,
  errata: ReadonlyMap<string, Erratum>,
  withinRounding: boolean,
): CellStatus {
  if (cell.erratum) {
    const erratum = errata.get(cell.erratum);
    return erratum && !same(cell.published, computed) && same(erratum.correct, computed)
      ? 'erratum'
      : 'failed';
  }
  if (same(cell.published, computed)) return 'exact';
  return withinRounding ? 'rounding' : 'failed';
}
