import type { Dataset, FrameworkNode } from '@smartcities/data/schema';
import type { Scenario } from '../../scenario/schema.ts';

/**
 * The best value an indicator can take on its raw scale, in order of precedence: `caps[id]`
 * from the caller; a numeric `meta.max` (direction 1) or `meta.min` (direction -1) of the
 * framework node; 100 (or 0 for a lower-is-better indicator) under `as-published`, whose data are
 * on a 0-100 scale; otherwise the best value any unit has (the frontier the data show).
 */
export function bestValue(
  dataset: Dataset,
  scenario: Scenario,
  node: FrameworkNode,
  caps: Readonly<Record<string, number>> = {},
): number {
  if (caps[node.id] !== undefined) return caps[node.id]!;
  const declared = node.meta?.[node.direction === 1 ? 'max' : 'min'];
  if (typeof declared === 'number') return declared;
  if (scenario.normalisation.method === 'as-published') return node.direction === 1 ? 100 : 0;
  const observed = dataset.units
    .map((u) => dataset.values[u.id]?.[node.id])
    .filter((v): v is number => typeof v === 'number');
  return node.direction === 1 ? Math.max(...observed) : Math.min(...observed);
}
