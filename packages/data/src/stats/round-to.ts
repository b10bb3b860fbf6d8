/**
 * Rounds to the given number of decimals, halves away from zero, correcting binary noise first
 * (so 81.375 → 81.4 and 1.005 → 1.01 at two decimals).
 * @example roundTo(96.798, 1) // 96.8
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}
