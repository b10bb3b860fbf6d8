import type { Dataset } from '../schema/index.ts';
import type { WorkbookSheet } from './xlsx.ts';

/**
 * A dataset in the upload layout that `loadDataset` reads: a `units` sheet (`id`, `name`, `group`
 * when any unit has one, then one column per indicator in framework order; a missing value is an
 * empty cell) and a `framework` sheet (`id`, `parent`, `type`, `weight`, `direction`, `name`; the
 * root's parent is empty). Written with `toCsv` or `toXlsx`, it loads back to the same units,
 * framework and values: the site's template and the "your own data" round trip.
 * @example await toXlsx(layoutSheets(edition2020.dataset))
 */
export function layoutSheets(dataset: Dataset): [WorkbookSheet, WorkbookSheet] {
  const indicators = dataset.framework.filter((node) => node.type === 'indicator').map((node) => node.id);
  const grouped = dataset.units.some((unit) => unit.group !== undefined);
  const head = grouped ? ['id', 'name', 'group'] : ['id', 'name'];
  const units = dataset.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    ...(grouped ? { group: unit.group ?? '' } : {}),
    ...Object.fromEntries(indicators.map((id) => [id, dataset.values[unit.id]?.[id] ?? null])),
  }));
  const framework = dataset.framework.map((node) => ({
    id: node.id,
    parent: node.parent ?? '',
    type: node.type,
    weight: node.weight,
    direction: node.direction,
    name: node.name,
  }));
  return [
    { name: 'units', rows: units, columns: [...head, ...indicators] },
    { name: 'framework', rows: framework, columns: ['id', 'parent', 'type', 'weight', 'direction', 'name'] },
  ];
}
