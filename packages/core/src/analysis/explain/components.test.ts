import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../scenario/default.ts';
import { smallDataset } from '../../testing/hand-datasets.ts';
import { explainComponents, nonScoringFields, unclaimedFields } from './components.ts';
import { defineScenario } from '../../scenario/parse.ts';
import { scenarioSchema } from '../../scenario/schema.ts';

describe('explainComponents', () => {
  it('owns every field of the scenario schema exactly once (a new field needs a new entry)', () => {
    const owned = [...nonScoringFields, ...explainComponents.flatMap((c) => c.fields)];
    expect(unclaimedFields(defaultScenario, explainComponents)).toEqual([]);
    expect(new Set(owned).size).toBe(owned.length);
    expect(Object.keys(scenarioSchema.shape).filter((field) => !owned.includes(field))).toEqual([]);
  });

  it('takes one component from the other side and leaves the rest', () => {
    const to = { dataset: smallDataset, scenario: defineScenario({ rescale: 'none', weights: { a: 2 } }) };
    const from = { dataset: smallDataset, scenario: defaultScenario };
    const weights = explainComponents.find((c) => c.name === 'weights')!;
    const mixed = weights.take(from, to).scenario;
    expect(mixed).toEqual({ ...defaultScenario, weights: { a: 2 } });
    expect(explainComponents.filter((c) => c.differs(from, to)).map((c) => c.name)).toEqual([
      'weights',
      'rescaling',
    ]);
  });
});
