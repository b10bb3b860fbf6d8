/** Cell texts read as a missing value: empty, or the NA markers of R and spreadsheets. */
const missingMarkers = new Set(['', 'na', 'n/a', '#n/a']);

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const commaDecimal = /^[+-]?\d+,\d+$/;

/**
 * Reads a cell as a number: missing markers give null, a finite decimal number its value, and
 * anything else `undefined` (not a number). With `decimalComma`, `1,5` reads as 1.5.
 * @example numberCell(' 2.5 ') // 2.5
 */
export function numberCell(text: string, decimalComma = false): number | null | undefined {
  const trimmed = text.trim();
  if (missingMarkers.has(trimmed.toLowerCase())) return null;
  const normalised = decimalComma && commaDecimal.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!plainNumber.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}
