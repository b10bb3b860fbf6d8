/** Eigenvalues (descending) and unit eigenvectors (`vectors[k]` belongs to `values[k]`) of a symmetric matrix. */
export interface Eigen {
  values: Float64Array;
  vectors: Float64Array[];
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub & Van Loan §8.5),
 * sweeping until the off-diagonal mass is below 1e-22 of the total (at most 100 sweeps). Only
 * the upper triangle is read. Eigenvalues are sorted descending; each eigenvector's sign is
 * chosen so that its entries sum to a positive number (largest entry positive on a tie).
 * @example jacobiEigen([[2, 1], [1, 2]]).values // Float64Array [3, 1]
 */
export function jacobiEigen(matrix: readonly ArrayLike<number>[]): Eigen {
  const n = matrix.length;
  const a = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => matrix[Math.min(i, j)]![Math.max(i, j)]!),
  );
  const v = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  const total = a.reduce((acc, row) => acc + row.reduce((s, x) => s + x * x, 0), 0);
  for (let sweep = 0; sweep < 100 && offDiagonal(a) > 1e-22 * total; sweep++) {
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) rotate(a, v, p, q);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j]![j]! - a[i]![i]!);
  return {
    values: Float64Array.from(order, (i) => a[i]![i]!),
    vectors: order.map((i) => orient(Float64Array.from(v, (row) => row[i]!))),
  };
}

function offDiagonal(a: Float64Array[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) if (i !== j) sum += a[i]![j]! ** 2;
  return sum;
}

/** One Jacobi rotation that zeroes a[p][q], applied to a (both sides) and accumulated in v. */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number): void {
  const apq = a[p]![q]!;
  if (apq === 0) return;
  const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < a.length; k++) {
    const akp = a[k]![p]!,
      akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < a.length; k++) {
    const apk = a[p]![k]!,
      aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  for (let k = 0; k < v.length; k++) {
    const vkp = v[k]![p]!,
      vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}

function orient(vector: Float64Array): Float64Array {
  let sum = 0,
    largest = 0;
  for (const x of vector) {
    sum += x;
    if (Math.abs(x) > Math.abs(largest)) largest = x;
  }
  const flip = Math.abs(sum) > 1e-12 ? sum < 0 : largest < 0;
  return flip ? vector.map((x) => -x) : vector;
}
