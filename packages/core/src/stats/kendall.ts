/**
 * Kendall's tau-b (ties corrected on both sides) over the pairs where both values are observed;
 * NaN when either side has no untied pair.
 * @example kendall([1, 2, 3], [1, 3, 2]) // 0.333…
 */
export function kendall(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let concordant = 0,
    discordant = 0,
    tiesX = 0,
    tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    for (let j = i + 1; j < x.length; j++) {
      if (Number.isNaN(x[j]!) || Number.isNaN(y[j]!)) continue;
      const dx = Math.sign(x[i]! - x[j]!),
        dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denominator === 0 ? NaN : (concordant - discordant) / denominator;
}
