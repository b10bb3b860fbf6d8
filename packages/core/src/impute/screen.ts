import type { Dataset } from '@smartcities/data/schema';
import { frameworkTree } from '../framework/tree.ts';
import { matrixOf } from '../matrix.ts';

/** A unit left out for having too few observed indicators. */
export interface ScreenedUnit {
  unit: string;
  /** Share of the framework's indicators the unit has a value for. */
  availability: number;
}

/** Share of observed indicator values per unit, in unit order. */
export function unitAvailability(dataset: Dataset): Float64Array {
  const { unitIds, columns } = matrixOf(dataset);
  const indicators = frameworkTree(dataset.framework).indicators;
  return Float64Array.from(unitIds, (_, u) => {
    const seen = indicators.filter((id) => !Number.isNaN(columns.get(id)![u]!)).length;
    return indicators.length === 0 ? 0 : seen / indicators.length;
  });
}

/**
 * COINr's `Screen()` by data availability: units with a smaller share of observed indicators than
 * `minAvailability` (0 to 1) are left out of the dataset. Returns the dataset without them and
 * who was left out; a threshold of 0 keeps everyone.
 * @example screenUnits(dataset, 0.65).screened // [{ unit: 'BRN', availability: 0.59… }]
 */
export function screenUnits(
  dataset: Dataset,
  minAvailability: number,
): { dataset: Dataset; screened: ScreenedUnit[] } {
  const availability = unitAvailability(dataset);
  const keep = dataset.units.filter((_, u) => availability[u]! >= minAvailability - 1e-12);
  if (keep.length === dataset.units.length) return { dataset, screened: [] };
  const screened = dataset.units
    .map((unit, u) => ({ unit: unit.id, availability: availability[u]! }))
    .filter((s) => s.availability < minAvailability - 1e-12);
  const kept = new Set(keep.map((u) => u.id));
  const values = Object.fromEntries(Object.entries(dataset.values).filter(([id]) => kept.has(id)));
  return { dataset: { ...dataset, units: keep, values }, screened };
}
