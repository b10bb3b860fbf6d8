const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * The upper tail 1 - Φ(z) of the standard normal distribution, accurate to about 1e-15
 * relative: Marsaglia's Taylor series of Φ for |z| < 3, else the continued fraction of Mills'
 * ratio (so tiny tail probabilities keep their relative precision). NaN stays NaN.
 * @example normalUpperTail(1.959963984540054) // 0.025
 */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z < 0) return 1 - normalUpperTail(-z);
  if (z < 3) return 0.5 - series(z);
  return (Math.exp(-0.5 * z * z) / SQRT_2PI) * millsRatio(z);
}

/** Φ(z) - 1/2 = φ(z)·(z + z³/3 + z⁵/(3·5) + …). */
function series(z: number): number {
  let term = z;
  let sum = z;
  for (let k = 3; Math.abs(term) > 1e-17 * Math.abs(sum); k += 2) {
    term *= (z * z) / k;
    sum += term;
  }
  return (Math.exp(-0.5 * z * z) / SQRT_2PI) * sum;
}

/** Mills' ratio (1 - Φ(z)) / φ(z) = 1/(z + 1/(z + 2/(z + 3/(z + …)))), evaluated from the tail up. */
function millsRatio(z: number): number {
  let tail = z;
  for (let k = 60; k >= 1; k--) tail = z + k / tail;
  return 1 / tail;
}
