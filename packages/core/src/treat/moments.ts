/**
 * Skewness and excess kurtosis of the observed values from population moments
 * (m3 / m2^1.5 and m4 / m2² - 3); NaN for fewer than two values or a constant column.
 */
export function moments(values: ArrayLike<number>): { skewness: number; kurtosis: number } {
  const xs = Array.from(values).filter((v) => !Number.isNaN(v));
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  let m2 = 0,
    m3 = 0,
    m4 = 0;
  for (const x of xs) {
    const d = x - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  [m2, m3, m4] = [m2 / n, m3 / n, m4 / n];
  if (n < 2 || m2 === 0) return { skewness: NaN, kurtosis: NaN };
  return { skewness: m3 / m2 ** 1.5, kurtosis: m4 / (m2 * m2) - 3 };
}
