import { describe, expect, it } from 'vitest';
import { scenarioHash } from './hash.ts';
import { defaultScenario } from './default.ts';
import { defineScenario, parseScenario } from './parse.ts';
import { queryKeyFor, scenarioFromQuery, scenarioToQuery } from './url.ts';
import { scenarioSchema, type ScenarioInput } from './schema.ts';

const examples: ScenarioInput[] = [
  {},
  { aggregation: { method: 'geometric' } },
  {
    aggregation: {
      levels: { pillars: 'geometric', index: 'arithmetic' },
      p: 3,
      minAvailability: 0.5,
      nonPositive: 'shift',
    },
  },
  { normalisation: { method: 'min-max', params: { lower: 1, upper: 10 } } },
  { normalisation: { method: 'goalposts', params: { goalposts: { lower: 0, upper: 50 }, truncate: false } } },
  { weights: { infrastructure: 2, governance: 0.5 }, exclude: ['data-center', 'mobile-phone'] },
  { rescale: 'none', tiers: { rule: 'quantile', probs: [0.25, 0.75] } },
  { tiers: { rule: 'mean-sd', k: 1.5 } },
];

describe('scenario URL form', () => {
  it.each(examples)('round-trips %j', (input) => {
    const scenario = defineScenario(input);
    const parsed = scenarioFromQuery(scenarioToQuery(scenario));
    expect(parsed).toEqual({ ok: true, scenario });
  });

  it('writes nothing for the default scenario and only what differs otherwise', () => {
    expect(scenarioToQuery(defaultScenario)).toBe('');
    expect(
      scenarioToQuery(defineScenario({ aggregation: { method: 'geometric' }, weights: { economy: 2 } })),
    ).toBe('a=geometric&w=economy:2');
  });

  it('ignores parameters that are not its own and names the parameter of a bad value', () => {
    expect(scenarioFromQuery('lang=zh&cities=a,b')).toEqual({ ok: true, scenario: defaultScenario });
    const bad = scenarioFromQuery('w=economy:heavy');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ path: '?w', message: 'expected id:weight, got "economy:heavy"' });
    const unknown = scenarioFromQuery('a.pillars=geometrc');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]!.path).toMatch(/^\?a\.pillars/);
  });
});

describe('scenario hash', () => {
  it('is equal for equal scenarios whatever the key order or spelled-out defaults', () => {
    const a = defineScenario({ weights: { a: 1, b: 2 }, rescale: 'leader-100' });
    const b = defineScenario({ weights: { b: 2, a: 1 } });
    expect(scenarioHash(a)).toBe(scenarioHash(b));
  });

  it('differs when anything that changes the numbers differs', () => {
    const hashes = examples.map((e) => scenarioHash(defineScenario(e)));
    expect(new Set(hashes).size).toBe(examples.length);
  });
});

describe('parseScenario()', () => {
  it.each([
    [
      { normalisation: { method: 'minmx' } },
      'normalisation.method',
      'unknown normalisation method "minmx"; did you mean "min-max"?',
    ],
    [{ aggregation: { method: 'geometrik' } }, 'aggregation.method', 'did you mean "geometric"?'],
    [{ weights: { economy: -1 } }, 'weights.economy', 'a weight must be 0 or more, got -1'],
    [{ rescale: 'leader' }, 'rescale', ''],
    [
      { tiers: { rule: 'quantile', probs: [0.8, 0.2] } },
      'tiers.probs',
      'the lower probability must be below the upper one',
    ],
    [{ colour: 'red' }, '(scenario)', 'colour'],
  ])('refuses %j naming %s', (input, path, message) => {
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.path).toBe(path);
    expect(parsed.issues[0]!.message).toContain(message);
  });

  it('fills every default, which is the report method', () => {
    expect(scenarioSchema.parse({})).toEqual(defaultScenario);
    expect(defaultScenario).toEqual({
      normalisation: { method: 'as-published', params: {} },
      aggregation: { method: 'arithmetic', levels: {} },
      weights: {},
      exclude: [],
      rescale: 'leader-100',
      tiers: { rule: 'mean-sd', k: 1 },
    });
  });
});

describe('queryKeyFor()', () => {
  it.each([
    ['weights.economy', 'w'],
    ['exclude', 'x'],
    ['aggregation.levels.pillars', 'a.pillars'],
    ['aggregation.minAvailability', 'a.min'],
    ['normalisation.params.lower', 'n.lower'],
    ['normalisation.method', 'n'],
    ['tiers.k', 't'],
  ])('maps %s to ?%s', (path, key) => {
    expect(queryKeyFor(path)).toBe(key);
  });
});
