import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default.ts';
import { defineScenario } from '../scenario/parse.ts';
import { runSensitivity } from './run-sensitivity.ts';
import { sensitivitySpecSchema } from './sensitivity-spec.ts';

const dataset = edition2020.dataset;

describe('runSensitivity()', () => {
  it('gives one row per pillar weight plus the aggregation choice, with indices in range and repeatable', () => {
    const spec = sensitivitySpecSchema.parse({
      samples: 512,
      bootstrap: 50,
      weightNoise: { pillars: 0.25 },
      aggregation: ['arithmetic', 'geometric'],
      dropOne: true,
    });
    const result = runSensitivity(dataset, defaultScenario, spec);
    expect(result.rows.map((row) => row.input.id)).toEqual([
      'weight:infrastructure',
      'weight:economy',
      'weight:service',
      'weight:governance',
      'weight:innovation',
      'aggregation',
      'drop',
    ]);
    expect(result.evaluations).toBe(512 * 9);
    expect(result.failed).toEqual({ count: 0, reasons: [], droppedSamples: 0 });
    expect(result.meanShift).toBeGreaterThan(0);
    for (const row of result.rows) {
      expect(row.total).toBeGreaterThanOrEqual(0);
      expect(row.total).toBeLessThan(1.1);
      expect(row.first).toBeLessThanOrEqual(row.total + 0.1);
      expect(row.totalInterval![0]).toBeLessThanOrEqual(row.total);
    }
    expect(runSensitivity(dataset, defaultScenario, spec).rows).toEqual(result.rows);
  });

  it('attributes everything to the only input that varies (S = 1 exactly with one input)', () => {
    const spec = sensitivitySpecSchema.parse({
      samples: 256,
      bootstrap: 0,
      aggregation: ['arithmetic', 'geometric'],
    });
    const [row] = runSensitivity(dataset, defaultScenario, spec).rows;
    expect(row!.first).toBe(1);
    expect(row!.total).toBeCloseTo(1, 0);
    expect(row!.firstInterval).toBeNull();
  });

  it('gives an input without effect a total index of exactly 0, and drops samples whose runs fail', () => {
    const spec = sensitivitySpecSchema.parse({
      samples: 256,
      bootstrap: 0,
      normalisation: ['min-max'],
      aggregation: ['arithmetic', 'geometric'],
      weightNoise: { pillars: 0.2 },
    });
    const result = runSensitivity(dataset, defineScenario({}), spec);
    const normalisation = result.rows.find((row) => row.input.id === 'normalisation')!;
    expect(normalisation.total).toBe(0);
    expect(result.failed.count).toBeGreaterThan(0);
    expect(result.failed.reasons[0]!.code).toBe('non-positive');
    // A base sample survives only when A and B both drew the arithmetic mean: about a quarter.
    expect(result.failed.droppedSamples).toBeGreaterThan(150);
    expect(result.failed.droppedSamples).toBeLessThan(230);
  });
});
