import { describe, expect, it } from 'vitest';
import { assignTiers } from './registry.ts';

const scores = Float64Array.from([100, 90, 80, 70, 60, NaN]);

describe('assignTiers()', () => {
  it('splits by mean ± k population SD: above the upper leads, at or below the lower follows', () => {
    // mean 80, population SD √200 ≈ 14.142
    const { upper, lower, tiers } = assignTiers(scores, { rule: 'mean-sd', k: 1 });
    expect(upper).toBeCloseTo(80 + Math.sqrt(200), 12);
    expect(lower).toBeCloseTo(80 - Math.sqrt(200), 12);
    expect(tiers).toEqual(['leading', 'advanced', 'advanced', 'advanced', 'following', null]);
  });

  it('puts a score exactly on the lower cut-off in the following tier', () => {
    const { tiers } = assignTiers(Float64Array.from([1, 3]), { rule: 'mean-sd', k: 1 }); // cut-offs 1 and 3
    expect(tiers).toEqual(['following', 'advanced']);
  });

  it('splits by type-7 quantiles under the quantile rule', () => {
    const { upper, lower, tiers } = assignTiers(scores, { rule: 'quantile', probs: [0.25, 0.75] });
    expect([lower, upper]).toEqual([70, 90]);
    expect(tiers).toEqual(['leading', 'advanced', 'advanced', 'following', 'following', null]);
  });
});
