/**
 * Sample skewness of the observed values, adjusted for sample size (e1071's type 2, Excel's
 * SKEW, COINr's `skew()`): √(n(n−1))/(n−2) · m3/m2^1.5 with population moments m2, m3.
 * Missing (NaN) values are skipped; NaN for fewer than three values or a constant column.
 * @example skewness([1, 2, 3, 10]) // 1.7636…
 */
export function skewness(values: ArrayLike<number>): number {
  const { n, m2, m3 } = centralMoments(values);
  if (n < 3 || m2 === 0) return NaN;
  return ((m3 / m2 ** 1.5) * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis of the observed values, adjusted for sample size (e1071's type 2,
 * Excel's KURT, COINr's `kurt()`): ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)) with r = m4/m2².
 * Missing (NaN) values are skipped; NaN for fewer than four values or a constant column.
 * @example kurtosis([1, 2, 3, 10]) // 3.228
 */
export function kurtosis(values: ArrayLike<number>): number {
  const { n, m2, m4 } = centralMoments(values);
  if (n < 4 || m2 === 0) return NaN;
  const r = m4 / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Count and population central moments (sums over n) of the observed values. */
function centralMoments(values: ArrayLike<number>): { n: number; m2: number; m3: number; m4: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]!)) continue;
    n++;
    sum += values[i]!;
  }
  const mean = sum / n;
  let [s2, s3, s4] = [0, 0, 0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const d = v - mean;
    s2 += d * d;
    s3 += d * d * d;
    s4 += d * d * d * d;
  }
  return { n, m2: s2 / n, m3: s3 / n, m4: s4 / n };
}
