import { describe, expect, it } from 'vitest';
import { parseSensitivitySpec } from './sensitivity-spec.ts';
import { parseUncertaintySpec } from './uncertainty-spec.ts';

const issuesOf = (input: unknown) => {
  const parsed = parseUncertaintySpec(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('parseUncertaintySpec()', () => {
  it('fills the defaults', () => {
    expect(parseUncertaintySpec({ weightNoise: { pillars: 0.25 } })).toEqual({
      ok: true,
      spec: { runs: 1000, seed: 1, weightNoise: { pillars: 0.25 } },
    });
  });

  it.each([
    [{ runs: 0, dropOne: true }, 'runs: runs must be a whole number from 1 to 100000, got 0'],
    [{ runs: 2.5, dropOne: true }, 'runs: runs must be a whole number from 1 to 100000, got 2.5'],
    [{ runs: 100_001, dropOne: true }, 'runs: runs must be a whole number from 1 to 100000, got 100001'],
    [{ runs: '10', dropOne: true }, 'runs: runs must be a whole number from 1 to 100000, got "10"'],
    [{ seed: 1.5, dropOne: true }, 'seed: seed must be a whole number or a non-empty text, got 1.5'],
    [
      { weightNoise: { pillars: 25 } },
      'weightNoise.pillars: pillar weight noise must be from 0 to 1 (0.25 means ±25%), got 25',
    ],
    [
      { weightNoise: { pilars: 0.2 } },
      'weightNoise: unknown weightNoise field "pilars"; did you mean "pillars"? expected one of pillars, indicators',
    ],
    [
      { aggregation: ['arithmetic', 'geometic'] },
      'aggregation.1: unknown aggregation method "geometic"; did you mean "geometric"? expected one of arithmetic, geometric, harmonic, generalised, median, copeland',
    ],
    [{ aggregation: [] }, 'aggregation: list at least one aggregation method'],
    [
      { normalisation: ['min-max', 'min-max'] },
      'normalisation: normalisation method "min-max" is listed twice',
    ],
    [
      { normalisation: 'min-max' },
      'normalisation: expected a list of normalisation methods, e.g. ["as-published", "min-max"]',
    ],
    [{ dropOne: 'yes' }, 'dropOne: dropOne must be true or false'],
    [
      { rnus: 10, dropOne: true },
      '(spec): unknown field "rnus"; did you mean "runs"? expected one of runs, seed, weightNoise, normalisation, aggregation, dropOne',
    ],
    [
      { runs: 10 },
      '(spec): declare at least one uncertain input: weightNoise.pillars, weightNoise.indicators (above 0), normalisation, aggregation or dropOne',
    ],
  ])('refuses %j with a precise message', (input, message) => {
    expect(issuesOf(input)).toContain(message);
  });
});

describe('parseSensitivitySpec()', () => {
  it('fills the defaults and checks samples, bootstrap and confidence', () => {
    expect(parseSensitivitySpec({ dropOne: true })).toEqual({
      ok: true,
      spec: { samples: 1024, bootstrap: 200, confidence: 0.95, seed: 1, dropOne: true },
    });
    const parsed = parseSensitivitySpec({ samples: 8, bootstrap: -1, confidence: 1, dropOne: true });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([
      'samples must be a whole number from 16 to 65536, got 8',
      'bootstrap must be a whole number from 0 to 10000, got -1',
      'confidence must be a number above 0.5 and below 1 (e.g. 0.95), got 1',
    ]);
  });
});
