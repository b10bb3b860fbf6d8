import { edition2020 } from '@smartcities/data';
import type { Dataset } from '@smartcities/data/schema';
import { describe, expect, it } from 'vitest';
import { defineScenario } from '../scenario/parse.ts';
import type { ScenarioInput } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { designAt } from './design.ts';
import { designSpace } from './design-space.ts';
import type { Factors } from './factors.ts';
import { compileModel, tierCode } from './fast-model.ts';
import { createRandom } from './random.ts';
import { replayRun } from './replay-run.ts';

const dataset = edition2020.dataset;

/** The 2020 data with a few cells missing, to exercise the per-unit (observed-only) path. */
const withGaps: Dataset = {
  ...dataset,
  values: {
    ...dataset.values,
    london: { ...dataset.values.london, 'open-data': null },
    cairo: { ...dataset.values.cairo, 'mobile-phone': null, 'data-center': null },
  },
};

/** Compares the fast model with score() (through replayRun) at `count` random design points. */
function compare(data: Dataset, input: ScenarioInput, factors: Factors, count: number, seed: number) {
  const scenario = defineScenario(input);
  const nominal = score(data, scenario);
  const space = designSpace(nominal, factors);
  const model = compileModel(data, scenario, nominal, space);
  const random = createRandom(seed);
  const [ranks, tiers, scores] = [
    new Float64Array(model.units),
    new Uint8Array(model.units),
    new Float64Array(model.units),
  ];
  let agreed = 0,
    failed = 0;
  for (let run = 0; run < count; run++) {
    const point = Float64Array.from(space.inputs, () => random.next());
    const issue = model.evaluate(point, ranks, tiers, scores);
    const slow = replayRun(data, scenario, designAt(space, point));
    if (!slow.ok) {
      expect(issue?.code).toBe(slow.issues[0]!.code);
      failed++;
      continue;
    }
    expect(issue).toBeNull();
    const expectedTiers = slow.result.tiers.tiers.map((t) => (t === null ? 3 : tierCode[t]));
    if (
      equal(scores, slow.result.scores.index!) &&
      equal(ranks, slow.result.ranks.index!) &&
      equal(tiers, expectedTiers)
    )
      agreed++;
  }
  return { agreed, failed };
}

const equal = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('compileModel()', () => {
  // Scores are compared bit for bit (Object.is), so equal ranks do not depend on luck with ties.
  it.each([
    {
      name: 'pillar weights ±25%, arithmetic or geometric',
      input: {},
      factors: { weightNoise: { pillars: 0.25 }, aggregation: ['arithmetic', 'geometric'] },
    },
    {
      name: 'indicator and pillar weights ±50%, one indicator dropped',
      input: {},
      factors: { weightNoise: { pillars: 0.5, indicators: 0.5 }, dropOne: true },
    },
    {
      name: 'normalisation drawn (some give zeros), geometric possible',
      input: {},
      factors: {
        normalisation: ['as-published', 'min-max', 'z-score', 'rank'],
        aggregation: ['arithmetic', 'geometric'],
        weightNoise: { pillars: 0.3 },
      },
    },
    {
      name: 'methods only score() handles (harmonic, median, copeland)',
      input: {},
      factors: {
        aggregation: ['harmonic', 'median', 'copeland', 'arithmetic'],
        weightNoise: { pillars: 0.2 },
      },
    },
    {
      name: 'no weight varies: every aggregate cached, the index rescaled from a copy',
      input: {},
      factors: {
        aggregation: ['arithmetic', 'geometric'],
        dropOne: true,
        normalisation: ['as-published', 'z-score'],
      },
    },
    {
      name: 'quantile tiers, no rescaling, pillar-level geometric',
      input: {
        tiers: { rule: 'quantile' },
        rescale: 'none',
        aggregation: { levels: { pillars: 'geometric' } },
      },
      factors: { weightNoise: { indicators: 0.4 }, dropOne: true },
    },
  ] as const)('gives exactly the scores, ranks and tiers of score(): $name', ({ input, factors }) => {
    const { agreed, failed } = compare(dataset, input as ScenarioInput, factors as Factors, 150, 11);
    expect(agreed + failed).toBe(150);
    expect(agreed).toBeGreaterThan(0);
  });

  it('agrees with score() on data with missing values, with and without a minimum availability', () => {
    const factors: Factors = {
      weightNoise: { pillars: 0.25, indicators: 0.25 },
      aggregation: ['arithmetic', 'geometric'],
      dropOne: true,
    };
    expect(compare(withGaps, {}, factors, 150, 5)).toEqual({ agreed: 150, failed: 0 });
    expect(compare(withGaps, { aggregation: { minAvailability: 0.8 } }, factors, 150, 6)).toEqual({
      agreed: 150,
      failed: 0,
    });
  });

  it('reports the failure score() reports when a geometric mean meets a zero', () => {
    const { failed, agreed } = compare(
      dataset,
      { normalisation: { method: 'min-max' } },
      { aggregation: ['geometric', 'arithmetic'] },
      60,
      3,
    );
    expect(agreed + failed).toBe(60); // every case either agreed exactly or failed as score() failed
    expect(failed).toBeGreaterThan(10);
    expect(agreed).toBeGreaterThan(10);
  });
});
