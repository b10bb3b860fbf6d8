import { observed } from '../stats/observed.ts';

/** The mean of the present values (null counts as missing); NaN when none is present. */
export const meanOf = (values: readonly (number | null | undefined)[]): number =>
  observed(values.map((value) => value ?? Number.NaN)).mean;
