import { describe, expect, it } from 'vitest';
import { frameworkTree } from './framework/tree.ts';
import { planFor } from './plan.ts';
import { defineScenario } from './scenario/parse.ts';
import { smallDataset } from './testing/hand-datasets.ts';

describe('planFor()', () => {
  const tree = frameworkTree(smallDataset.framework);
  const base = defineScenario({ weights: { a: 2 } });

  it('shares one plan between scenarios holding the same weights, exclusions and aggregation', () => {
    expect(planFor(tree, { ...base, rescale: 'none' })).toBe(planFor(tree, base));
  });

  it('builds a new plan when one of those parts is another object', () => {
    const other = { ...base, weights: { a: 3 } };
    expect(planFor(tree, other)).not.toBe(planFor(tree, base));
    expect(planFor(tree, other).nodeWeights.a).toBe(0.75);
  });
});
