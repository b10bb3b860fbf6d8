import { defaultScenario, scenarioHash, scenarioToQuery } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { withDataStep } from './data-steps';

describe('withDataStep()', () => {
  it('sets a step and writes it in the URL form', () => {
    const treated = withDataStep(defaultScenario, 'treat', 'coinr');
    expect(treated.data).toEqual({ impute: 'none', treat: 'coinr' });
    expect(scenarioToQuery(withDataStep(treated, 'impute', 'mean'))).toBe('impute=mean&treat=coinr');
  });

  it('leaves no data when every step is none again, so the hash is the report’s', () => {
    const back = withDataStep(withDataStep(defaultScenario, 'treat', 'coinr'), 'treat', 'none');
    expect('data' in back).toBe(false);
    expect(scenarioHash(back)).toBe(scenarioHash(defaultScenario));
  });
});
