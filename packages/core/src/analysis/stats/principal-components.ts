import { pearson } from '../../stats/pearson.ts';
import { completeRows } from './complete-rows.ts';
import { jacobiEigen } from './jacobi-eigen.ts';

/** Principal components of a group of indicators (PCA on their correlation matrix). */
export interface PrincipalComponents {
  /** Units with every column observed (the rows used). */
  n: number;
  /** Eigenvalues of the correlation matrix, largest first (they sum to the number of columns). */
  eigenvalues: number[];
  /** Share of the total variance each component explains (eigenvalue / columns). */
  explained: number[];
  /** `vectors[k][i]`: weight of column i in component k (unit length; R's prcomp "rotation"). */
  vectors: number[][];
  /** `loadings[k][i]`: correlation of column i with component k (vector · √eigenvalue). */
  loadings: number[][];
}

/**
 * PCA of columns on their Pearson correlation matrix over the complete rows, by Jacobi
 * eigen-decomposition. Each component's sign makes its vector sum positive. A constant column
 * makes the correlation matrix undefined: every figure is then NaN.
 * @example principalComponents([a, b, c]).explained[0] // share of variance on the first axis
 */
export function principalComponents(columns: readonly ArrayLike<number>[]): PrincipalComponents {
  const rows = completeRows(columns);
  const k = rows.length;
  const correlation = rows.map((x, i) => rows.map((y, j) => (i === j ? 1 : pearson(x, y))));
  const n = rows[0]?.length ?? 0;
  if (correlation.some((row) => row.some(Number.isNaN))) {
    const nan = () => Array.from({ length: k }, () => NaN);
    return { n, eigenvalues: nan(), explained: nan(), vectors: rows.map(nan), loadings: rows.map(nan) };
  }
  const { values, vectors } = jacobiEigen(correlation);
  const eigenvalues = Array.from(values, (value) => Math.max(0, value));
  return {
    n,
    eigenvalues,
    explained: eigenvalues.map((value) => value / k),
    vectors: vectors.map((vector) => Array.from(vector)),
    loadings: vectors.map((vector, c) => Array.from(vector, (x) => x * Math.sqrt(eigenvalues[c]!))),
  };
}
