/** The total width of columns laid side by side with `gap` spaces between them. */
function totalWidth(widths: readonly number[], gap: number): number {
  return widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
}

/**
 * Column widths that fit a line of `width` columns: as many leading columns as fit at their
 * minimum widths (at least one), then the widest column still above its minimum is narrowed,
 * one column at a time, until the line fits. Returns one width per column kept; a table that
 * cannot fit even so keeps its first column at its minimum.
 * @example fitColumns([14, 9], [10, 9], 22) // [11, 9]
 * @example fitColumns([14, 9, 9], [10, 9, 9], 28) // [14, 9]: the third column does not fit
 */
export function fitColumns(
  natural: readonly number[],
  minimum: readonly number[],
  width: number,
  gap = 2,
): number[] {
  let count = natural.length;
  while (count > 1 && totalWidth(minimum.slice(0, count), gap) > width) count--;
  const widths = natural.slice(0, count);
  while (totalWidth(widths, gap) > width) {
    let widest = -1;
    for (let k = 0; k < count; k++)
      if (widths[k]! > minimum[k]! && (widest < 0 || widths[k]! > widths[widest]!)) widest = k;
    if (widest < 0) break;
    widths[widest]!--;
  }
  return widths;
}
