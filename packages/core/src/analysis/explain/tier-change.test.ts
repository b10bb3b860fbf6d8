import { describe, expect, it } from 'vitest';
import { tierCrossings } from './tier-change.ts';

const cut = (lower: number, upper: number) => ({ lower, upper });

describe('tierCrossings()', () => {
  it.each([
    ['its score rose past a fixed threshold', 50, 70, cut(40, 60), cut(40, 60), 'score'],
    ['the threshold dropped below its fixed score', 55, 55, cut(40, 60), cut(40, 50), 'threshold'],
    ['both moved, neither enough alone', 55, 58, cut(40, 60), cut(40, 56), 'both'],
  ] as const)('blames %s', (_, s0, s1, c0, c1, cause) => {
    expect(tierCrossings(['advanced', 'leading'], [s0, s1], [c0, c1])).toEqual([
      { threshold: 'upper', thresholdFrom: c0.upper, thresholdTo: c1.upper, cause },
    ]);
  });

  it('lists both thresholds for a jump of two tiers, and none without a change or a score', () => {
    const jump = tierCrossings(['leading', 'following'], [70, 30], [cut(40, 60), cut(40, 60)]);
    expect(jump.map((c) => c.threshold)).toEqual(['lower', 'upper']);
    expect(tierCrossings(['leading', 'leading'], [70, 80], [cut(40, 60), cut(40, 60)])).toEqual([]);
    expect(tierCrossings([null, 'leading'], [NaN, 80], [cut(40, 60), cut(40, 60)])).toEqual([]);
  });
});
