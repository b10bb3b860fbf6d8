import { defaultScenario, scenarioToQuery } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import {
  levelMethod,
  withLevelMethod,
  withNormalisation,
  withRescale,
  withTierRule,
  withWeight,
  withoutRedundantLevels,
} from './edit';

describe('scenario edits', () => {
  it('sets a weight and removes it again when it returns to the framework weight', () => {
    const heavier = withWeight(defaultScenario, 'economy', 0.4, 0.2);
    expect(heavier.weights).toEqual({ economy: 0.4 });
    expect(withWeight(heavier, 'economy', 0.2, 0.2).weights).toEqual({});
    expect(defaultScenario.weights).toEqual({});
  });

  it('sets a level method only when it differs from the general one', () => {
    const geometric = withLevelMethod(defaultScenario, 'index', 'geometric');
    expect(scenarioToQuery(geometric)).toBe('a.index=geometric');
    expect(levelMethod(geometric, 'index')).toBe('geometric');
    expect(levelMethod(geometric, 'pillars')).toBe('arithmetic');
    expect(withLevelMethod(geometric, 'index', 'arithmetic').aggregation.levels).toEqual({});
  });

  it('drops level methods that repeat the general method', () => {
    const redundant = {
      ...defaultScenario,
      aggregation: {
        ...defaultScenario.aggregation,
        levels: { index: 'arithmetic' as const, pillars: 'geometric' as const },
      },
    };
    expect(withoutRedundantLevels(redundant).aggregation.levels).toEqual({ pillars: 'geometric' });
  });

  it('changes normalisation, tiers and rescaling in the URL form', () => {
    expect(scenarioToQuery(withNormalisation(defaultScenario, 'min-max'))).toBe('n=min-max');
    expect(scenarioToQuery(withTierRule(defaultScenario, 'quantile'))).toMatch(/^t=quantile:0\.333/);
    expect(scenarioToQuery(withTierRule(withTierRule(defaultScenario, 'quantile'), 'mean-sd'))).toBe('');
    expect(scenarioToQuery(withRescale(defaultScenario, 'none'))).toBe('r=none');
  });
});
