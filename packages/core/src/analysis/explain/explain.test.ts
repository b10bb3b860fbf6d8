import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../../errors.ts';
import { defineScenario } from '../../scenario/parse.ts';
import { defaultScenario } from '../../scenario/default.ts';
import { score } from '../../score.ts';
import { smallDataset } from '../../testing/hand-datasets.ts';
import { explain } from './explain.ts';

const dataset = edition2020.dataset;
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('explain() by hand', () => {
  it('puts the whole change of arithmetic → geometric on aggregation, and 0 exactly elsewhere', () => {
    const to = defineScenario({ aggregation: { method: 'geometric' } });
    const result = explain(dataset, defaultScenario, to);
    const geometric = score(dataset, to).scores.index!;
    expect(result.differing).toEqual(['aggregation']);
    expect(result.scorings).toBe(2);
    for (const row of result.rows) {
      const u = dataset.units.findIndex((x) => x.id === row.unit);
      expect(row.to).toBe(geometric[u]);
      expect(row.contributions!.aggregation).toBe(row.change);
      for (const name of ['weights', 'normalisation', 'exclusions', 'rescaling', 'data'])
        expect(Object.is(row.contributions![name], 0)).toBe(true);
      expect(row.byIndicator).toBeNull();
    }
  });

  it('gives the textbook weight-change term when one pillar weight doubles (no rescaling)', () => {
    // index = (a + b) / 2 → (2a + b) / 3: Δw_a = +1/6, Δw_b = −1/6, scores unchanged.
    const from = defineScenario({ rescale: 'none' });
    const to = defineScenario({ rescale: 'none', weights: { a: 2 } });
    const amber = explain(smallDataset, from, to, { unit: 'amber' }).rows[0]!; // a = 70, b = 50
    expect(amber.change).toBeCloseTo(20 / 6, 12);
    expect(amber.contributions!.weights).toBe(amber.change);
    expect(amber.byPillar!.a).toBeCloseTo(70 / 6, 12);
    expect(amber.byPillar!.b).toBeCloseTo(-50 / 6, 12);
    const x1 = amber.byIndicator!.find((c) => c.id === 'x1')!;
    expect([x1.weightFrom, x1.weightTo, x1.score, x1.rescaling]).toEqual([0.25, 1 / 3, 0, 0]);
    expect(x1.weight).toBeCloseTo((1 / 3 - 0.25) * 80, 12);
  });

  it('splits a doubled 2020 pillar weight over indicators, weight and rescaling terms, adding up exactly', () => {
    const to = defineScenario({ weights: { economy: 2 } });
    for (const row of explain(dataset, defaultScenario, to).rows) {
      expect(row.contributions!.weights).toBe(row.change);
      expect(sum(row.byIndicator!.map((c) => c.total))).toBeCloseTo(row.change!, 10);
      expect(sum(row.byIndicator!.map((c) => c.score))).toBe(0);
      expect(sum(Object.values(row.byPillar!))).toBeCloseTo(row.change!, 10);
    }
  });

  it('lists who passed whom, with the components making up the change in the gap', () => {
    const to = defineScenario({ aggregation: { method: 'geometric' } });
    const result = explain(dataset, defaultScenario, to);
    const passes = result.rows.flatMap((row) => row.passed.map((p) => ({ row, p })));
    expect(passes.length).toBeGreaterThan(0);
    for (const { row, p } of passes) {
      const other = result.rows.find((r) => r.unit === p.unit)!;
      expect(row.rankFrom!).toBeGreaterThan(other.rankFrom!);
      expect(row.rankTo!).toBeLessThan(other.rankTo!);
      expect(other.passedBy.map((q) => q.unit)).toContain(row.unit);
      expect(p.components.aggregation).toBeCloseTo(row.change! - other.change!, 12);
    }
  });

  it('names the threshold and its cause for a tier change', () => {
    const to = defineScenario({ tiers: { rule: 'mean-sd', k: 0.5 } });
    const result = explain(dataset, defaultScenario, to);
    expect(result.differing).toEqual([]);
    const moved = result.rows.filter((r) => r.tierFrom !== r.tierTo);
    expect(moved.length).toBeGreaterThan(0);
    for (const row of moved) {
      expect(row.change).toBe(0);
      expect(row.tierCrossings.length).toBeGreaterThan(0);
      expect(row.tierCrossings.every((c) => c.cause === 'threshold')).toBe(true);
    }
  });

  it('explains a revised dataset through the data component', () => {
    const revised = structuredClone(smallDataset);
    revised.values.amber!.y1 = 70;
    const row = explain(smallDataset, defaultScenario, defaultScenario, { toDataset: revised, unit: 'amber' })
      .rows[0]!;
    expect(row.contributions!.data).toBe(row.change);
    expect(row.change).toBeGreaterThan(0);
    const y1 = row.byIndicator!.find((c) => c.id === 'y1')!;
    expect(y1.scoreTo! - y1.scoreFrom!).toBe(20);
  });

  it.each([
    ['an unknown unit', { unit: 'atlantis' }, 'unknown unit "atlantis"'],
    ['another framework', { toDataset: edition2020.dataset }, 'same framework'],
  ])('refuses %s', (_, options, message) => {
    expect(() => explain(smallDataset, defaultScenario, defaultScenario, options)).toThrow(ScoringError);
    expect(() => explain(smallDataset, defaultScenario, defaultScenario, options)).toThrow(message);
  });

  it('names the mixed scenario that cannot be scored', () => {
    const from = defineScenario({ exclude: ['x1'] });
    const to = defineScenario({ weights: { x2: 0 } });
    expect(() => explain(smallDataset, from, to)).toThrow(/weights from "to" and exclusions/);
  });
});
