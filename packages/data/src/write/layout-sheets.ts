import type { Dataset, FrameworkNode } from '../schema/index.ts';
import type { WorkbookSheet } from './xlsx.ts';

const frameworkHead = ['id', 'parent', 'type', 'weight', 'direction', 'name'];

/** The keys of `meta` over records, in order of first appearance, leaving out `taken` names. */
function metaKeys(
  records: readonly { meta?: Record<string, unknown> }[],
  taken: readonly string[],
): string[] {
  const keys = new Set(records.flatMap((record) => Object.keys(record.meta ?? {})));
  return [...keys].filter((key) => !taken.includes(key));
}

/**
 * A framework as the `framework` sheet `loadDataset` reads: `id`, `parent` (empty at the root),
 * `type`, `weight`, `direction`, `name`, then one column per meta key (such as an indicator's
 * `source`), which the loader keeps in the node's meta.
 */
export function frameworkSheet(framework: readonly FrameworkNode[]): {
  name: 'framework';
  rows: Record<string, string | number | null>[];
  columns: string[];
} {
  const extra = metaKeys(framework, frameworkHead);
  const rows = framework.map((node): Record<string, string | number | null> => ({
    id: node.id,
    parent: node.parent ?? '',
    type: node.type,
    weight: node.weight,
    direction: node.direction,
    name: node.name,
    ...Object.fromEntries(extra.map((key) => [key, node.meta?.[key] ?? null])),
  }));
  return { name: 'framework', rows, columns: [...frameworkHead, ...extra] };
}

/**
 * A dataset in the upload layout that `loadDataset` reads: a `units` sheet (`id`, `name`, `group`
 * when any unit has one, each unit meta key (coordinates, codes, other names), then one column
 * per indicator in framework order; a missing value is an empty cell) and a `framework` sheet
 * (`frameworkSheet`). Written with `toCsv` or `toXlsx`, it loads back to the same units (meta
 * columns are not in the framework, so they are kept aside, not scored), framework and values:
 * the site's template and the "your own data" round trip.
 * @example await toXlsx(layoutSheets(edition2020.dataset))
 */
export function layoutSheets(dataset: Dataset): [WorkbookSheet, WorkbookSheet] {
  const indicators = dataset.framework.filter((node) => node.type === 'indicator').map((node) => node.id);
  const grouped = dataset.units.some((unit) => unit.group !== undefined);
  const head = grouped ? ['id', 'name', 'group'] : ['id', 'name'];
  const meta = metaKeys(dataset.units, [...head, ...indicators]);
  const units = dataset.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    ...(grouped ? { group: unit.group ?? '' } : {}),
    ...Object.fromEntries(meta.map((key) => [key, unit.meta?.[key] ?? null])),
    ...Object.fromEntries(indicators.map((id) => [id, dataset.values[unit.id]?.[id] ?? null])),
  }));
  return [
    { name: 'units', rows: units, columns: [...head, ...meta, ...indicators] },
    frameworkSheet(dataset.framework),
  ];
}
