import { edition2020 } from '@smartcities/data';
import { explainComponents, scenarioPart } from '../../src/analysis/explain/components.ts';
import { explain } from '../../src/analysis/explain/explain.ts';
import { createRandom } from '../../src/analysis/random.ts';
import { revisedDataset } from '../../src/analysis/explain/testing/random-dataset.ts';
import { defineScenario } from '../../src/scenario/parse.ts';
import { score } from '../../src/score.ts';
import type { BenchCase } from '../case.ts';

const dataset = edition2020.dataset;
const revised = revisedDataset(createRandom(16), dataset);
const to = defineScenario({
  normalisation: { method: 'min-max' },
  aggregation: { method: 'geometric', nonPositive: 'shift' },
  weights: { economy: 2 },
  exclude: [dataset.framework.find((n) => n.type === 'indicator')!.id],
  rescale: 'none',
  tiers: { rule: 'quantile' },
});
/** The split's six components plus the tier rule as a seventh player: 2^7 = 128 scorings. */
const seven = [...explainComponents, scenarioPart('tier rule', 'tiers')];

export const cases: BenchCase[] = [
  {
    name: 'explain, 20 cities, 7 differing components (128 scorings)',
    maxRatio: 300,
    run: () => {
      const result = explain(dataset, defineScenario({}), to, { toDataset: revised, components: seven });
      if (result.scorings !== 128) throw new Error(`expected 128 scorings, got ${result.scorings}`);
    },
    baseline: {
      name: "one score() of the 2020 edition under the report's method",
      run: () => void score(dataset),
    },
  },
];
