import { edition2020 } from '@smartcities/data';
import { runSensitivity } from '../../src/analysis/run-sensitivity.ts';
import { runUncertainty } from '../../src/analysis/run-uncertainty.ts';
import { createRandom } from '../../src/analysis/random.ts';
import { sensitivitySpecSchema } from '../../src/analysis/sensitivity-spec.ts';
import { uncertaintySpecSchema } from '../../src/analysis/uncertainty-spec.ts';
import { matrixOf } from '../../src/matrix.ts';
import { defaultScenario } from '../../src/scenario/parse.ts';
import type { BenchCase } from '../case.ts';

const dataset = edition2020.dataset;
const monteCarlo = uncertaintySpecSchema.parse({ runs: 10_000, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] });
const saltelli = sensitivitySpecSchema.parse({ samples: 4096, weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'], dropOne: true });

/** The 2020 indicator columns grouped by pillar. */
function pillarColumns(): Float64Array[][] {
  const { columns } = matrixOf(dataset);
  const pillars = dataset.framework.filter((n) => n.parent === 'index').map((n) => n.id);
  return pillars.map((p) => dataset.framework.filter((n) => n.parent === p).map((n) => columns.get(n.id)!));
}

const pillars = pillarColumns();
const units = dataset.units.length;

/**
 * Plain loop of the same weighted means: per run, each pillar's (arithmetic or geometric)
 * mean of its indicators, then the index as the mean of the pillars with ±25% noisy weights;
 * no ranks, tiers, statistics, failure checks or design records.
 */
function plainLoop(runs: number): number {
  const random = createRandom(1);
  const pillar = pillars.map(() => new Float64Array(units));
  const index = new Float64Array(units);
  let checksum = 0;
  for (let run = 0; run < runs; run++) {
    const weights = pillars.map(() => 1 + 0.25 * (2 * random.next() - 1));
    const geometric = random.next() < 0.5;
    pillars.forEach((columns, p) => {
      for (let u = 0; u < units; u++) {
        let sum = 0;
        for (const column of columns) sum += geometric ? Math.log(column[u]!) : column[u]!;
        pillar[p]![u] = geometric ? Math.exp(sum / columns.length) : sum / columns.length;
      }
    });
    const total = weights.reduce((a, b) => a + b, 0);
    for (let u = 0; u < units; u++) {
      let sum = 0;
      for (let p = 0; p < pillars.length; p++) sum += weights[p]! * (geometric ? Math.log(pillar[p]![u]!) : pillar[p]![u]!);
      index[u] = geometric ? Math.exp(sum / total) : sum / total;
    }
    checksum += index[0]!;
  }
  return checksum;
}

export const cases: BenchCase[] = [
  {
    name: 'Monte Carlo, 10,000 runs on 2020 (pillar weights ±25%, arithmetic or geometric); COINr needs > 60 s',
    target: '< 50 ms',
    limitMs: 50,
    run: () => void runUncertainty(dataset, defaultScenario, monteCarlo),
    baseline: { name: 'plain loop of the same 10,000 weighted means', run: () => void plainLoop(10_000) },
  },
  {
    name: 'Sobol, 4,096 base samples x 7 inputs (36,864 runs) with 200 bootstrap resamples',
    target: '< 1 s',
    limitMs: 1000,
    run: () => void runSensitivity(dataset, defaultScenario, saltelli),
    baseline: { name: 'plain loop of the same 36,864 weighted means', run: () => void plainLoop(4096 * 9) },
  },
];
