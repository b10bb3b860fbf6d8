import { edition2020 } from '@smartcities/data';
import type { Dataset } from '@smartcities/data/schema';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../scenario/default.ts';
import { defineScenario } from '../../scenario/parse.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { score } from '../../score.ts';
import { whatItTakes } from './what-it-takes.ts';
import type { Target } from './target.ts';

const dataset = edition2020.dataset;
const tiers = ['leading', 'advanced', 'following'];

/** Re-scores with the given changes directly through score(), independently of the module's helpers. */
function standing(
  data: Dataset,
  scenario: Scenario,
  city: string,
  changes: { indicator: string; value: number }[],
) {
  const values = { ...data.values[city] };
  for (const change of changes) values[change.indicator] = change.value;
  const result = score({ ...data, values: { ...data.values, [city]: values } }, scenario);
  const u = result.unitIds.indexOf(city);
  return { rank: result.ranks.index![u]!, tier: result.tiers.tiers[u]! };
}

const meets = (s: { rank: number; tier: string }, target: Target) =>
  'rank' in target ? s.rank <= target.rank : tiers.indexOf(s.tier) <= tiers.indexOf(target.tier);

/** Checks every answer: it reaches the target by re-scoring, and 0.01 point less does not. */
function checkAnswers(data: Dataset, scenario: Scenario, city: string, target: Target) {
  const answer = whatItTakes(data, scenario, city, target);
  if (!answer.ok) throw new Error(answer.issues[0]!.message);
  const reached = answer.single.filter((s) => s.status === 'reached');
  for (const s of reached) {
    const node = data.framework.find((n) => n.id === s.indicator)!;
    const less = s.current! + node.direction * (s.points! - 0.01);
    expect(s.verified).toBe(true);
    expect(meets(standing(data, scenario, city, [{ indicator: s.indicator, value: s.value! }]), target)).toBe(
      true,
    );
    expect(meets(standing(data, scenario, city, [{ indicator: s.indicator, value: less }]), target)).toBe(
      false,
    );
    expect(s.value! * node.direction).toBeLessThanOrEqual(s.best * node.direction);
  }
  const combo = answer.combination!;
  if (combo.status === 'reached') {
    expect(combo.verified).toBe(true);
    expect(meets(standing(data, scenario, city, combo.changes), target)).toBe(true);
    expect(combo.changes.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(combo.total!, 9);
    const cheapestSingle = Math.min(...reached.map((s) => s.points!));
    expect(combo.total!).toBeLessThanOrEqual(cheapestSingle + 1e-9);
  }
  return answer;
}

describe('whatItTakes()', () => {
  it.each([
    { city: 'paris', target: { rank: 5 }, alone: true },
    { city: 'tokyo', target: { rank: 8 }, alone: true },
    { city: 'seoul', target: { rank: 9 }, alone: true },
    { city: 'mumbai', target: { tier: 'advanced' }, alone: true },
    { city: 'shanghai', target: { tier: 'leading' }, alone: false },
    { city: 'buenos-aires', target: { tier: 'advanced' }, alone: false },
  ] as { city: string; target: Target; alone: boolean }[])(
    '$city to $target: every answer reaches it by re-scoring, and 0.01 less does not',
    ({ city, target, alone }) => {
      const answer = checkAnswers(dataset, defaultScenario, city, target);
      if (!answer.ok) throw new Error('expected an answer');
      expect(answer.already).toBe(false);
      expect(answer.single.some((s) => s.status === 'reached')).toBe(alone);
      expect(answer.combination).toMatchObject({ status: 'reached', verified: true, optimal: true });
    },
  );

  it('needs the same points from indicators of equal effective weight, and 5/4 as much from a governance one', () => {
    const answer = whatItTakes(dataset, defaultScenario, 'seoul', { rank: 9 });
    if (!answer.ok) throw new Error('expected an answer');
    const points = Object.fromEntries(answer.single.map((s) => [s.indicator, s.points]));
    expect(points['university-strength']).toBe(3.64);
    expect(points['mobile-phone']).toBe(3.64);
    expect(points['public-safety']).toBe(4.55);
    expect(points['open-data']).toBeNull();
  });

  it('caps single indicators at 100 on the as-published scale and says when one cannot do it alone', () => {
    const answer = checkAnswers(dataset, defaultScenario, 'cairo', { rank: 5 });
    if (!answer.ok) throw new Error('expected an answer');
    expect(
      answer.single.every(
        (s) => s.status === 'unreachable' && s.reason === 'not reachable with this indicator alone',
      ),
    ).toBe(true);
    expect(answer.single.every((s) => s.best === 100)).toBe(true);
    expect(answer.combination!.status).toBe('reached');
  });

  it('holds under a non-linear scenario (min-max, geometric) where the tier cut-offs move with the city', () => {
    const scenario = defineScenario({
      normalisation: { method: 'min-max', params: { lower: 1, upper: 100 } },
      aggregation: { method: 'geometric' },
    });
    const answer = checkAnswers(dataset, scenario, 'berlin', { tier: 'leading' });
    expect(answer.ok && answer.combination!.optimal).toBe(false);
  });

  it('finds the least total when weights differ, as a brute-force search over splits confirms', () => {
    const scenario = defineScenario({ weights: { 'open-data': 3, 'public-safety': 0.5 } });
    const answer = checkAnswers(dataset, scenario, 'toronto', { rank: 10 });
    if (!answer.ok || answer.combination!.status !== 'reached')
      throw new Error('expected a reachable combination');
    expect(answer.combination!.order[0]).toBe('open-data');
    let best = Infinity;
    for (let first = 0; first <= 100 - 83.8; first += 0.5) {
      for (let total = first; total <= first + 40; total += 0.05) {
        const changes = [
          { indicator: 'open-data', value: 83.8 + first },
          { indicator: 'mobile-phone', value: Math.min(100, 80.7 + total - first) },
        ];
        if (meets(standing(dataset, scenario, 'toronto', changes), { rank: 10 })) {
          best = Math.min(best, total);
          break;
        }
      }
    }
    expect(answer.combination!.total!).toBeLessThanOrEqual(best + 0.05);
  });

  it('says when the target is already met, and refuses unknown cities and impossible targets with issues', () => {
    expect(whatItTakes(dataset, defaultScenario, 'london', { rank: 1 })).toMatchObject({
      ok: true,
      already: true,
      single: [],
      combination: null,
    });
    expect(whatItTakes(dataset, defaultScenario, 'londn', { rank: 1 })).toMatchObject({
      ok: false,
      issues: [
        { code: 'unknown-city', path: 'city', message: expect.stringContaining('did you mean "london"') },
      ],
    });
    expect(whatItTakes(dataset, defaultScenario, 'paris', { rank: 21 })).toMatchObject({
      ok: false,
      issues: [{ path: 'target.rank', message: 'rank must be from 1 to 20, got 21' }],
    });
    expect(whatItTakes(dataset, defaultScenario, 'paris', { rank: 0 })).toMatchObject({
      ok: false,
      issues: [{ path: 'target.rank' }],
    });
  });
});
