import { describe, expect, it } from 'vitest';
import { safeScore, score } from './score.ts';
import { defineScenario } from './scenario/parse.ts';
import { smallDataset } from './testing/hand-datasets.ts';
import { ENGINE_VERSION } from './version.ts';
import pkg from '../package.json' with { type: 'json' };

describe('score()', () => {
  const result = score(smallDataset);

  it('aggregates level by level over available children, then rescales the leader to 100', () => {
    // a = [70, 70, 30]; b = [50, 70, missing]; index = [60, 70, 30 (b missing, renormalised)]
    expect(Array.from(result.scores.a!)).toEqual([70, 70, 30]);
    expect(Array.from(result.scores.b!)).toEqual([50, 70, NaN]);
    expect(Array.from(result.scores.index!)).toEqual([(60 / 70) * 100, 100, (30 / 70) * 100]);
  });

  it('ranks with ties sharing the lowest rank and leaves missing scores unranked', () => {
    expect(Array.from(result.ranks.a!)).toEqual([1, 1, 3]);
    expect(Array.from(result.ranks.b!)).toEqual([2, 1, NaN]);
    expect(Array.from(result.ranks.index!)).toEqual([2, 1, 3]);
  });

  it('carries provenance: edition, data version and hash, scenario hash, engine version', () => {
    expect(result.provenance).toMatchObject({
      edition: 'small',
      dataVersion: '1',
      dataHash: 'small',
      engineVersion: ENGINE_VERSION,
    });
    expect(result.provenance.scenarioHash).toMatch(/^[0-9a-z]{6,12}$/);
    expect(ENGINE_VERSION).toBe(pkg.version);
  });

  it('applies weight overrides relative to siblings and reports effective weights', () => {
    const weighted = score(smallDataset, defineScenario({ weights: { a: 3 }, rescale: 'none' }));
    expect(weighted.scores.index![0]).toBeCloseTo((3 * 70 + 50) / 4, 12);
    expect(weighted.plan.effectiveWeights).toEqual({ x1: 0.375, x2: 0.375, y1: 0.25 });
  });

  it('drops excluded indicators and renormalises what is left', () => {
    const excluded = score(smallDataset, defineScenario({ exclude: ['x2'], rescale: 'none' }));
    expect(Array.from(excluded.scores.a!)).toEqual([80, 40, 20]);
    expect(excluded.scores.x2).toBeUndefined();
  });

  it('uses the aggregation method of each level', () => {
    const mixed = score(
      smallDataset,
      defineScenario({ aggregation: { levels: { pillars: 'geometric' } }, rescale: 'none' }),
    );
    expect(mixed.scores.a![0]).toBeCloseTo(Math.sqrt(80 * 60), 12);
    expect(mixed.scores.index![0]).toBeCloseTo((Math.sqrt(80 * 60) + 50) / 2, 12);
  });
});

describe('safeScore() reports a scenario that does not fit, naming the field', () => {
  it.each([
    [{ weights: { x3: 1 } }, 'weights.x3', 'did you mean "x1"'],
    [{ exclude: ['y1'] }, 'exclude', 'every child of "b" is excluded'],
    [{ exclude: ['index'] }, 'exclude', 'cannot exclude the index'],
    [{ weights: { x1: 0, x2: 0 } }, 'weights', 'every weight under "a" is 0'],
    [
      { aggregation: { levels: { pilars: 'geometric' } } },
      'aggregation.levels.pilars',
      'did you mean "pillars"',
    ],
    [
      { normalisation: { method: 'z-score' }, aggregation: { method: 'geometric' } },
      'aggregation.a',
      'needs positive values',
    ],
  ] as const)('%j → %s', (input, path, message) => {
    const outcome = safeScore(smallDataset, defineScenario(input as never));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]!.path).toBe(path);
    expect(outcome.issues[0]!.message).toContain(message);
  });

  it('refuses leader-100 when the leader is not positive', () => {
    const outcome = safeScore(
      smallDataset,
      defineScenario({ normalisation: { method: 'z-score', params: { mean: -10 } } }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]!.path).toBe('rescale');
  });
});
