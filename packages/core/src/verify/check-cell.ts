import type { Erratum } from '@smartcities/data/schema';
import type { VerifiedCell } from './types.ts';

/** Scores pass within this distance of the printed value, since the inputs are printed to one decimal. */
export const SCORE_TOLERANCE = 0.1;

type Cell = Omit<VerifiedCell, 'status' | 'difference'> & { tolerance?: number };

/**
 * Compares one printed cell with the computed value. A mismatch is `explained` only when an
 * erratum is attached to the cell and its corrected value agrees with the engine; an erratum on
 * a cell the engine reproduces as printed is itself a failure (the erratum would be wrong).
 */
export function checkCell(cell: Cell, errata: ReadonlyMap<string, Erratum>): VerifiedCell {
  const { tolerance = 0, ...rest } = cell;
  const agrees = (value: number | string) => same(value, cell.computed, tolerance);
  const difference =
    typeof cell.printed === 'number' && typeof cell.computed === 'number'
      ? cell.computed - cell.printed
      : null;
  const erratum = cell.erratum ? errata.get(cell.erratum) : undefined;
  if (agrees(cell.printed)) return { ...rest, difference, status: cell.erratum ? 'fail' : 'pass' };
  const status = erratum && agrees(erratum.correct) ? 'explained' : 'fail';
  return { ...rest, difference, status };
}

function same(a: number | string, b: number | string, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance + 1e-9;
  return String(a) === String(b);
}
