import { defaultScenario, defineScenario } from '@smartcities/core';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { compareModel } from './compare-model';

const dataset = edition2020.dataset;

describe('compareModel()', () => {
  it('scores each scenario and explains each later one against the first', () => {
    const model = compareModel(dataset, [
      defaultScenario,
      defineScenario({ aggregation: { method: 'geometric' } }),
    ]);
    const sydney = model.rows.find((r) => r.city === 'sydney')!;
    expect(sydney.cells.map((c) => c.rank)).toEqual([13, 11]);
    expect(sydney.moves[0]!.passed).toEqual(['dubai', 'tokyo']);
    expect(sydney.moves[0]!.change).toBeCloseTo(sydney.cells[1]!.score! - sydney.cells[0]!.score!, 12);
    expect(model.explanations[1]!.differing).toEqual(['aggregation']);
  });

  it('keeps a failed scenario as issues, with empty cells, and the others intact', () => {
    const bad = defineScenario({
      exclude: ['economy', 'service', 'governance', 'innovation', 'infrastructure'],
    });
    const model = compareModel(dataset, [defaultScenario, null, bad]);
    expect(model.issues[2]!.map((i) => i.code)).toContain('all-excluded');
    expect(model.rows[0]!.cells[1]).toEqual({ score: null, rank: null });
    expect(model.rows[0]!.cells[0]!.rank).toBe(1);
    expect(model.explanations).toEqual([null, null, null]);
  });
});
