import { edition2020 } from '@smartcities/data';
import { runSensitivity } from '../../src/analysis/run-sensitivity.ts';
import { runUncertainty } from '../../src/analysis/run-uncertainty.ts';
import { createRandom } from '../../src/analysis/random.ts';
import { sensitivitySpecSchema } from '../../src/analysis/sensitivity-spec.ts';
import { uncertaintySpecSchema } from '../../src/analysis/uncertainty-spec.ts';
import { matrixOf } from '../../src/matrix.ts';
import { defaultScenario } from '../../src/scenario/default.ts';
import type { BenchCase } from '../case.ts';

const dataset = edition2020.dataset;
const monteCarlo = uncertaintySpecSchema.parse({
  runs: 10_000,
  weightNoise: { pillars: 0.25 },
  aggregation: ['arithmetic', 'geometric'],
});
const saltelli = sensitivitySpecSchema.parse({
  samples: 4096,
  weightNoise: { pillars: 0.25 },
  aggregation: ['arithmetic', 'geometric'],
  dropOne: true,
});

/** The 2020 indicator columns grouped by pillar. */
function pillarColumns(): Float64Array[][] {
  const { columns } = matrixOf(dataset);
  const pillars = dataset.framework.filter((n) => n.parent === 'index').map((n) => n.id);
  return pillars.map((p) => dataset.framework.filter((n) => n.parent === p).map((n) => columns.get(n.id)!));
}

const units = dataset.units.length;
const pillarMeans = (geometric: boolean) =>
  pillarColumns().map((columns) =>
    Float64Array.from({ length: units }, (_, u) => {
      const mean =
        columns.reduce((sum, column) => sum + (geometric ? Math.log(column[u]!) : column[u]!), 0) /
        columns.length;
      return geometric ? Math.exp(mean) : mean;
    }),
  );
const pillars = { arithmetic: pillarMeans(false), geometric: pillarMeans(true) };
const pillarLogs = pillars.geometric.map((column) => column.map(Math.log));

/**
 * Plain loop of the same weighted means: per run, the index of every city as the (arithmetic or
 * geometric) mean of its five pillar scores, computed once beforehand, with ±25% noisy weights;
 * no ranks, tiers, statistics, failure checks or design records.
 */
function plainLoop(runs: number): number {
  const random = createRandom(1);
  const weights = new Float64Array(5);
  let checksum = 0;
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (let p = 0; p < 5; p++) total += weights[p] = 1 + 0.25 * (2 * random.next() - 1);
    const geometric = random.next() < 0.5;
    for (let u = 0; u < units; u++) {
      let sum = 0;
      for (let p = 0; p < 5; p++)
        sum += weights[p]! * (geometric ? pillarLogs[p]![u]! : pillars.arithmetic[p]![u]!);
      checksum += geometric ? Math.exp(sum / total) : sum / total;
    }
  }
  return checksum;
}

export const cases: BenchCase[] = [
  {
    name: 'Monte Carlo, 10,000 runs on 2020 (pillar weights ±25%, arithmetic or geometric)',
    maxRatio: 10,
    run: () => void runUncertainty(dataset, defaultScenario, monteCarlo),
    baseline: {
      name: 'plain loop of the same 10,000 weighted means of five pillars',
      run: () => void plainLoop(10_000),
    },
  },
  {
    name: 'Sobol, 4,096 base samples x 7 inputs (36,864 runs) with 200 bootstrap resamples',
    maxRatio: 15,
    run: () => void runSensitivity(dataset, defaultScenario, saltelli),
    baseline: {
      name: 'plain loop of the same 36,864 weighted means of five pillars',
      run: () => void plainLoop(4096 * 9),
    },
  },
];
