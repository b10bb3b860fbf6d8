/**
 * Rounds to `digits` decimals the way a printed table does: half away from zero on the decimal
 * value, not on its binary approximation. 91.95 is stored as 91.9499999…, so `Math.round` gives
 * 91.9; here the value is first cut to 15 significant digits (`toPrecision(15)`, more than any
 * score carries and fewer than the float's noise), then rounded, so 91.95 → 92.0 and -0.05 → -0.1.
 * Missing values (NaN, ±Infinity) come back unchanged.
 * @example roundHalfUp(91.95) // 92
 */
export function roundHalfUp(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / 10 ** digits;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * A number as the report prints it: rounded half up to `digits` decimals and written with exactly
 * that many (92 → "92.0"); null, undefined and NaN give `missing`.
 * @example formatFixed(91.95) // "92.0"
 */
export function formatFixed(value: number | null | undefined, digits = 1, missing = '–'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return missing;
  const rounded = roundHalfUp(value, digits);
  return (rounded === 0 ? 0 : rounded).toFixed(digits);
}
