import { defaultScenario, defineScenario } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { apiQuery, cliCommand, playgroundHref } from './share';

const geometric = defineScenario({ aggregation: { method: 'geometric' }, weights: { economy: 0.4 } });

describe('sharing a scenario', () => {
  it('gives the API query', () => {
    expect(apiQuery(defaultScenario)).toBe('/api/v1/rankings');
    expect(apiQuery(geometric)).toBe('/api/v1/rankings?a=geometric&w=economy:0.4');
  });

  it('gives the CLI command', () => {
    expect(cliCommand(defaultScenario)).toBe('smartcities rank');
    expect(cliCommand(geometric)).toBe("smartcities rank --scenario 'a=geometric&w=economy:0.4'");
  });

  it('gives the playground URL with the language last', () => {
    expect(playgroundHref(defaultScenario, 'en')).toBe('/playground');
    expect(playgroundHref(defaultScenario, 'zh')).toBe('/playground?lang=zh');
    expect(playgroundHref(geometric, 'zh')).toBe('/playground?a=geometric&w=economy:0.4&lang=zh');
  });
});
