import type { Dataset } from '@smartcities/data/schema';
import { fail } from '../errors.ts';
import { frameworkTree } from '../framework/tree.ts';
import { matrixOf } from '../matrix.ts';
import { median, observed } from '@smartcities/data/stats';

/** The imputation methods: `none` leaves gaps to the aggregation's missing-data rule. */
export const imputationMethods = ['none', 'mean', 'median', 'group-mean'] as const;

/** An imputation method name. */
export type ImputationMethod = (typeof imputationMethods)[number];

/** One cell an imputation filled in. */
export interface ImputedCell {
  unit: string;
  indicator: string;
  value: number;
  /** What the value was computed from: the indicator's column, or the unit's group. */
  from: 'column' | `group:${string}`;
}

const fillers: Record<'mean' | 'median', (column: Float64Array) => number> = {
  mean: (column) => observed(column).mean,
  median: (column) => median(column),
};

/**
 * Fills missing indicator values with the column mean or median, or the mean of the unit's group
 * (`group-mean`: the group is the unit's `meta[group]` when `options.group` names a column, else
 * its `group`; units without a group, or groups with no observed value, fall back to the column
 * mean). `none` changes nothing. Returns a new dataset and every cell it changed; a column with
 * no observed value stays missing.
 * @example impute(dataset, 'median').changed // [{ unit: 'cairo', indicator: 'open-data', value: 61.5, from: 'column' }]
 */
export function impute(
  dataset: Dataset,
  method: ImputationMethod,
  options: { group?: string } = {},
): { dataset: Dataset; changed: ImputedCell[] } {
  if (!imputationMethods.includes(method))
    fail(
      'unknown-method',
      'impute',
      `unknown imputation method "${method}"; expected one of ${imputationMethods.join(', ')}`,
    );
  if (method === 'none') return { dataset, changed: [] };
  const { unitIds, columns } = matrixOf(dataset);
  const groups = groupsOf(dataset, options.group);
  const changed: ImputedCell[] = [];
  for (const indicator of frameworkTree(dataset.framework).indicators) {
    const column = columns.get(indicator)!;
    const overall = fillers[method === 'median' ? 'median' : 'mean'](column);
    column.forEach((v, u) => {
      if (!Number.isNaN(v)) return;
      const group = method === 'group-mean' ? groupMean(column, groups, groups[u]) : NaN;
      const value = Number.isNaN(group) ? overall : group;
      if (!Number.isNaN(value))
        changed.push({
          unit: unitIds[u]!,
          indicator,
          value,
          from: Number.isNaN(group) ? 'column' : `group:${groups[u]}`,
        });
    });
  }
  return { dataset: withCells(dataset, changed), changed };
}

function groupsOf(dataset: Dataset, column: string | undefined): (string | undefined)[] {
  if (column === undefined) return dataset.units.map((u) => u.group);
  if (!dataset.units.some((u) => u.meta?.[column] !== undefined))
    fail('unknown-group', 'data.imputeGroup', `no unit has a grouping column "${column}"`);
  return dataset.units.map((u) => {
    const value = u.meta?.[column];
    return value === undefined || value === null || value === '' ? undefined : String(value);
  });
}

function groupMean(column: Float64Array, groups: (string | undefined)[], group: string | undefined): number {
  if (group === undefined) return NaN;
  return observed(column.filter((_, u) => groups[u] === group)).mean;
}

/** A copy of the dataset with the given cells replaced. */
export function withCells(
  dataset: Dataset,
  cells: readonly { unit: string; indicator: string; value: number }[],
): Dataset {
  const values = Object.fromEntries(Object.entries(dataset.values).map(([u, row]) => [u, { ...row }]));
  for (const { unit, indicator, value } of cells) (values[unit] ??= {})[indicator] = value;
  return { ...dataset, values };
}
