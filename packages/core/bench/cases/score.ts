import { edition2020 } from '@smartcities/data';
import { defineScenario } from '../../src/scenario/parse.ts';
import { score } from '../../src/score.ts';
import { matrixOf } from '../../src/matrix.ts';
import type { BenchCase } from '../case.ts';
import { syntheticDataset } from '../synthetic.ts';

const dataset2020 = edition2020.dataset;
const big = syntheticDataset(10_000, 5, 10);
const minMaxArithmetic = defineScenario({ normalisation: { method: 'min-max' } });

/** Plain loop: pillar means of the given columns, then their mean, then leader-100. */
function plainLoop(columns: Float64Array[][], units: number, minMax: boolean): number {
  const index = new Float64Array(units);
  for (const pillar of columns) {
    for (const column of pillar) {
      let min = Infinity,
        max = -Infinity;
      if (minMax)
        for (const v of column) {
          if (v < min) min = v;
          if (v > max) max = v;
        }
      const range = max - min;
      for (let u = 0; u < units; u++)
        index[u] = index[u]! + (minMax ? ((column[u]! - min) / range) * 100 : column[u]!) / pillar.length;
    }
  }
  let leader = -Infinity;
  for (let u = 0; u < units; u++) if (index[u]! > leader) leader = index[u]!;
  return leader;
}

function pillarColumns(dataset: typeof big): Float64Array[][] {
  const { columns } = matrixOf(dataset);
  const pillars = dataset.framework.filter((n) => n.parent === 'index').map((n) => n.id);
  return pillars.map((p) => dataset.framework.filter((n) => n.parent === p).map((n) => columns.get(n.id)!));
}

const columns2020 = pillarColumns(dataset2020);
const columnsBig = pillarColumns(big);

export const cases: BenchCase[] = [
  {
    name: '2020 index, default scenario (20 cities x 21 indicators)',
    maxRatio: 16,
    run: () => void score(dataset2020),
    baseline: { name: 'plain loop of the same means', run: () => void plainLoop(columns2020, 20, false) },
  },
  {
    name: 'synthetic 10,000 units x 50 indicators, min-max + arithmetic',
    maxRatio: 8,
    run: () => void score(big, minMaxArithmetic),
    baseline: {
      name: 'plain loop of the same min-max and means',
      run: () => void plainLoop(columnsBig, 10_000, true),
    },
  },
];
