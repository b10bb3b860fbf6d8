import { edition2020 } from '@smartcities/data';
import type { Dataset } from '@smartcities/data/schema';
import { describe, expect, it } from 'vitest';
import { defineScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { smallDataset } from '../testing/hand-datasets.ts';
import { INPUT_HALF_STEP, roundingBounds } from './rounding-bounds.ts';

/** The definition, spelled out: rescore the whole dataset once per nudged input and sum the changes. */
function byWholeRescoring(dataset: Dataset, scenario: Scenario): Record<string, number[]> {
  const base = score(dataset, scenario);
  const bounds = Object.fromEntries(base.plan.aggregates.map((id) => [id, base.unitIds.map(() => 0)]));
  for (const [unit, row] of Object.entries(dataset.values))
    for (const [indicator, value] of Object.entries(row)) {
      if (value === null) continue;
      const values = { ...dataset.values, [unit]: { ...row, [indicator]: value + INPUT_HALF_STEP } };
      const nudged = score({ ...dataset, values }, scenario);
      for (const id of base.plan.aggregates)
        base.unitIds.forEach((_, u) => {
          const change = Math.abs(nudged.scores[id]![u]! - base.scores[id]![u]!);
          if (Number.isFinite(change)) bounds[id]![u]! += change;
        });
    }
  return bounds;
}

/** The small hand dataset with x2 turned round (lower is better), a missing value and leader-100. */
const lowerIsBetter: Dataset = {
  ...smallDataset,
  framework: smallDataset.framework.map((n) => (n.id === 'x2' ? { ...n, direction: -1 } : n)),
};

const asArrays = (bounds: Record<string, Float64Array>) =>
  Object.fromEntries(Object.entries(bounds).map(([id, column]) => [id, Array.from(column)]));

describe('roundingBounds', () => {
  it.each([
    ['the report, its method', edition2020.dataset, defineScenario({})],
    ['the report, min-max', edition2020.dataset, defineScenario({ normalisation: { method: 'min-max' } })],
    ['the report, geometric', edition2020.dataset, defineScenario({ aggregation: { method: 'geometric' } })],
    ['the report, median', edition2020.dataset, defineScenario({ aggregation: { method: 'median' } })],
    [
      'the report, geometric shifting non-positive values',
      edition2020.dataset,
      defineScenario({ aggregation: { method: 'geometric', nonPositive: 'shift' } }),
    ],
    ['the report, one weight zero', edition2020.dataset, defineScenario({ weights: { 'data-center': 0 } })],
    ['a hand dataset, lower is better', lowerIsBetter, defineScenario({})],
    [
      'the report, weighted, no rescaling',
      edition2020.dataset,
      defineScenario({ weights: { economy: 3 }, rescale: 'none' }),
    ],
    ['the report, with data steps', edition2020.dataset, defineScenario({ data: { treat: 'winsorise' } })],
    [
      'a hand dataset with a missing value',
      smallDataset,
      defineScenario({ normalisation: { method: 'z-score' }, rescale: 'none' }),
    ],
  ])('rescoring only what a nudge changes gives the whole rescoring: %s', (_, dataset, scenario) => {
    const bounds = roundingBounds(dataset, score(dataset, scenario), scenario);
    expect(asArrays(bounds)).toEqual(byWholeRescoring(dataset, scenario));
  });

  it('gives a mean of four one-decimal inputs a bound of 0.05 before rescaling', () => {
    const scenario = defineScenario({ rescale: 'none' });
    const result = score(edition2020.dataset, scenario);
    const service = roundingBounds(edition2020.dataset, result, scenario).service!;
    const inputs = result.plan.children.get('service')!.ids.length;
    expect(inputs).toBe(4);
    for (const bound of service) expect(bound).toBeCloseTo(INPUT_HALF_STEP, 12);
  });
});
