import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default.ts';
import { CancelledError } from './progress.ts';
import { replayRun } from './replay-run.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { summariseDesigns } from './summarise-designs.ts';
import { tinyDataset } from '../testing/hand-datasets.ts';
import { uncertaintySpecSchema } from './uncertainty-spec.ts';

const dataset = edition2020.dataset;
const acceptance = uncertaintySpecSchema.parse({
  runs: 10_000,
  seed: 2020,
  weightNoise: { pillars: 0.25 },
  aggregation: ['arithmetic', 'geometric'],
});

describe('summariseDesigns() on a case worked out by hand', () => {
  // Index = weighted mean of x and y. Ranks per design (a, b, c):
  // D1 arithmetic 0.5/0.5: 55, 55, 50 → 1, 1, 3      D2 arithmetic 0.8/0.2: 70, 58, 44 → 1, 2, 3
  // D3 arithmetic 0.2/0.8: 40, 52, 56 → 3, 2, 1      D4 geometric 0.8/0.2: 65.75, 57.85, 43.38 → 1, 2, 3
  // a: 1,1,1,3 → mean 1.5, median 1, q05 1 (h = 0.15), q95 1 + 0.85·2 = 2.7
  // b: 1,2,2,2 → mean 1.75, median 2, q05 1 + 0.15·1 = 1.15, q95 2
  // c: 1,3,3,3 → mean 2.5, median 3, q05 1 + 0.15·2 = 1.3, q95 3
  // Tiers (mean ± population SD of leader-100 scores): a L in D2, D4, A in D1, F in D3; b always A; c F except A in D3.
  const designs = [
    { weights: { p1: 0.5, p2: 0.5 } },
    { weights: { p1: 0.8, p2: 0.2 } },
    { weights: { p1: 0.2, p2: 0.8 } },
    { weights: { p1: 0.8, p2: 0.2 }, aggregation: 'geometric' as const },
  ];

  it('gives the hand-computed mean, median, 5% and 95% ranks and tier shares', () => {
    const { rows, failed } = summariseDesigns(tinyDataset, defaultScenario, designs);
    expect(failed.count).toBe(0);
    const byCity = Object.fromEntries(rows.map((row) => [row.city, row]));
    expect(byCity.a).toMatchObject({
      mean: 1.5,
      median: 1,
      q05: 1,
      tiers: { leading: 0.5, advanced: 0.25, following: 0.25 },
    });
    expect(byCity.a!.q95).toBeCloseTo(2.7, 12);
    expect(byCity.b).toMatchObject({
      mean: 1.75,
      median: 2,
      q95: 2,
      tiers: { leading: 0, advanced: 1, following: 0 },
    });
    expect(byCity.b!.q05).toBeCloseTo(1.15, 12);
    expect(byCity.c).toMatchObject({
      mean: 2.5,
      median: 3,
      q95: 3,
      tiers: { leading: 0, advanced: 0.25, following: 0.75 },
    });
    expect(byCity.c!.q05).toBeCloseTo(1.3, 12);
  });

  it('counts a run that cannot be scored as failed, with its reason, instead of producing NaN', () => {
    const zero = { ...tinyDataset, values: { ...tinyDataset.values, c: { x: 0, y: 60 } } };
    const { rows, failed } = summariseDesigns(zero, defaultScenario, designs);
    expect(failed.count).toBe(1);
    expect(failed.reasons[0]).toMatchObject({ code: 'non-positive', path: 'aggregation.p1', runs: 1 });
    expect(rows.every((row) => Number.isFinite(row.mean))).toBe(true);
  });
});

describe('replayRun()', () => {
  it('replays an explicit design on the tiny dataset with the hand-worked ranks', () => {
    const replayed = replayRun(tinyDataset, defaultScenario, { weights: { p1: 0.2, p2: 0.8 } });
    expect(replayed.ok && Array.from(replayed.result.ranks.index!)).toEqual([3, 2, 1]);
  });

  it('replays a 2020 design (all weight on economy, one indicator dropped) with ranks computed directly from the data', () => {
    const design = {
      weights: { infrastructure: 0, economy: 1, service: 0, governance: 0, innovation: 0 },
      drop: 'interactive-design',
    };
    const replayed = replayRun(dataset, defaultScenario, design);
    const kept = ['software-development', 'digital-applications', 'ict-industry-level'];
    const means = dataset.units.map((u) => kept.reduce((sum, id) => sum + dataset.values[u.id]![id]!, 0) / 3);
    const expected = means.map((m) => means.filter((other) => other > m).length + 1);
    expect(replayed.ok && Array.from(replayed.result.ranks.index!)).toEqual(expected);
  });
});

describe('runUncertainty()', () => {
  it('keeps London leading in all 10,000 runs with pillar weights ±25% and arithmetic or geometric means', () => {
    const result = runUncertainty(dataset, defaultScenario, acceptance);
    const london = result.rows.find((row) => row.city === 'london')!;
    expect(result.failed.count).toBe(0);
    expect(london).toMatchObject({ nominal: 1, tiers: { leading: 1, advanced: 0, following: 0 } });
    const drawn = Array.from({ length: 10_000 }, (_, run) => result.designs.at(run).aggregation);
    expect(drawn.filter((m) => m === 'geometric').length).toBeGreaterThan(4800);
    expect(drawn.filter((m) => m === 'arithmetic').length).toBeGreaterThan(4800);
  });

  it('gives the identical result for the same seed and a different one for another seed', () => {
    const small = { ...acceptance, runs: 500 };
    const [first, again, other] = [
      runUncertainty(dataset, defaultScenario, small),
      runUncertainty(dataset, defaultScenario, small),
      runUncertainty(dataset, defaultScenario, { ...small, seed: 7 }),
    ];
    expect(again.rows).toEqual(first.rows);
    expect(Array.from(again.designs.points)).toEqual(Array.from(first.designs.points));
    expect(Array.from(other.designs.points)).not.toEqual(Array.from(first.designs.points));
  });

  it('summarises exactly what replaying every one of its designs through score() gives', () => {
    const spec = uncertaintySpecSchema.parse({
      runs: 300,
      weightNoise: { pillars: 0.4, indicators: 0.4 },
      normalisation: ['as-published', 'min-max'],
      aggregation: ['arithmetic', 'geometric'],
      dropOne: true,
    });
    const result = runUncertainty(dataset, defaultScenario, spec);
    const replayed = summariseDesigns(
      dataset,
      defaultScenario,
      Array.from({ length: 300 }, (_, run) => result.designs.at(run)),
    );
    expect(result.rows).toEqual(replayed.rows);
    expect(result.failed).toEqual(replayed.failed);
    expect(result.failed.count).toBeGreaterThan(0);
    expect(result.failed.count).toBe(Array.from(result.designs.failed).filter(Boolean).length);
  });

  it('reports progress and throws a CancelledError (no partial result) once the signal is aborted', () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const onProgress = (done: number, total: number) => {
      seen.push(done);
      if (done >= total / 2) signal.aborted = true;
    };
    expect(() => runUncertainty(dataset, defaultScenario, acceptance, { onProgress, signal })).toThrow(
      CancelledError,
    );
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(5000);
    const complete: number[] = [];
    runUncertainty(
      dataset,
      defaultScenario,
      { ...acceptance, runs: 250 },
      { onProgress: (done) => complete.push(done) },
    );
    expect(complete.at(-1)).toBe(250);
  });
});
