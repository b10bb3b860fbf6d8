import type { Dataset } from '@smartcities/data/schema';

/** The dataset's indicator values as one column per indicator, in unit order (NaN = missing). */
export interface Matrix {
  unitIds: readonly string[];
  columns: ReadonlyMap<string, Float64Array>;
}

const cache = new WeakMap<Dataset, Matrix>();

/**
 * Columns of raw values for every indicator of the framework; a cell that is absent, null or not
 * finite is missing (NaN). Cached per dataset object, which is treated as immutable.
 */
export function matrixOf(dataset: Dataset): Matrix {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const unitIds = dataset.units.map((u) => u.id);
  const columns = new Map<string, Float64Array>();
  for (const node of dataset.framework) {
    if (node.type !== 'indicator') continue;
    columns.set(
      node.id,
      Float64Array.from(unitIds, (u) => {
        const v = dataset.values[u]?.[node.id];
        return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
      }),
    );
  }
  const matrix = { unitIds, columns };
  cache.set(dataset, matrix);
  return matrix;
}
