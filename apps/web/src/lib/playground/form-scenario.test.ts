import { scenarioFromQuery, scenarioToQuery } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { formScenario, isFormSubmission } from './form-scenario';
import { playgroundHref } from './share';

const defaults = { economy: 0.2, service: 0.2, 'open-data': 0.2 };

describe('the no-JavaScript playground form', () => {
  it('is recognised by its slider fields', () => {
    expect(isFormSubmission(new URLSearchParams('weight-economy=0.2'))).toBe(true);
    expect(isFormSubmission(new URLSearchParams('a=geometric&lang=zh'))).toBe(false);
  });

  it('keeps only the weights that differ from the framework and the methods as given', () => {
    const parsed = formScenario(
      new URLSearchParams('weight-economy=0.4&weight-service=0.2&n=min-max&a.index=geometric&lang=zh'),
      defaults,
    );
    expect(parsed.ok && scenarioToQuery(parsed.scenario)).toBe('n=min-max&a.index=geometric&w=economy:0.4');
  });

  it('reports a bad method with its parameter', () => {
    const parsed = formScenario(new URLSearchParams('weight-economy=0.2&n=minmx'), defaults);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]?.path).toMatch(/^\?n /);
  });

  it('round-trips through the canonical URL', () => {
    const parsed = formScenario(new URLSearchParams('weight-economy=0.4&t=quantile'), defaults);
    if (!parsed.ok) throw new Error('expected a scenario');
    const again = scenarioFromQuery(playgroundHref(parsed.scenario, 'en').split('?')[1]!);
    expect(again.ok && again.scenario).toEqual(parsed.scenario);
  });
});
