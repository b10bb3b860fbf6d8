/**
 * Shapley weights |S|!(k-|S|-1)!/k! by coalition size |S| = 0 … k-1.
 * @example shapleyWeights(2) // [0.5, 0.5]
 */
export function shapleyWeights(k: number): Float64Array {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  return Float64Array.from({ length: k }, (_, s) => (factorial(s) * factorial(k - s - 1)) / factorial(k));
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Shapley values of k players for every unit, from the value of each coalition: `values[mask]`
 * holds one number per unit for the coalition whose bit j is set when player j takes part.
 * φ_j = Σ_{S ∌ j} w(|S|)·(v(S ∪ {j}) − v(S)); the φ_j of a unit add up to v(all) − v(none).
 * A NaN anywhere in a unit's values gives NaN for that unit.
 * @example shapley(1, [Float64Array.of(1), Float64Array.of(3)]) // [Float64Array [2]]
 */
export function shapley(k: number, values: readonly Float64Array[]): Float64Array[] {
  const weights = shapleyWeights(k);
  const units = values[0]?.length ?? 0;
  const out = Array.from({ length: k }, () => new Float64Array(units));
  for (let j = 0; j < k; j++) {
    const bit = 1 << j;
    for (let mask = 0; mask < values.length; mask++) {
      if (mask & bit) continue;
      const w = weights[popcount(mask)]!;
      const without = values[mask]!;
      const withJ = values[mask | bit]!;
      const phi = out[j]!;
      for (let u = 0; u < units; u++) phi[u] = phi[u]! + w * (withJ[u]! - without[u]!);
    }
  }
  return out;
}
