import { describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { kurtosis, skewness } from './skewness.ts';
import { treatOutliers } from './treat.ts';

const base = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20

/** A dataset with one indicator `x` holding the given values, units u0 … un. */
function datasetOf(values: number[]): Dataset {
  return {
    edition: { id: 't', version: '1', hash: 't' },
    units: values.map((_, i) => ({ id: `u${i}`, name: `U${i}` })),
    framework: [
      { id: 'index', name: 'I', type: 'aggregate', parent: null, weight: 1, direction: 1 },
      { id: 'x', name: 'X', type: 'indicator', parent: 'index', weight: 1, direction: 1 },
    ],
    values: Object.fromEntries(values.map((v, i) => [`u${i}`, { x: v }])),
  };
}

describe('skewness() and kurtosis()', () => {
  // x = 1, 2, 3, 10: mean 4, deviations −3 −2 −1 6; m2 = 50/4, m3 = 180/4, m4 = 1394/4.
  // skew = m3/m2^1.5 · √(4·3)/2 ; kurt: r = m4/m2² = 2.2304, ((5)(r − 3) + 6)(3)/(2·1) = 3.228.
  it('give the hand-worked sample values of 1, 2, 3, 10', () => {
    expect(skewness([1, 2, 3, 10])).toBeCloseTo((45 / 12.5 ** 1.5) * (Math.sqrt(12) / 2), 14);
    expect(kurtosis([1, 2, 3, 10])).toBeCloseTo(3.228, 12);
  });

  it('skip missing values', () => {
    expect(skewness([1, NaN, 2, 3, 10])).toBe(skewness([1, 2, 3, 10]));
    expect(kurtosis([NaN, 1, 2, 3, 10])).toBe(kurtosis([1, 2, 3, 10]));
  });

  it.each([
    ['too few values', [1, 2], [1, 2, 3]],
    ['a constant column', [5, 5, 5], [5, 5, 5, 5]],
  ])('are NaN for %s', (_, forSkew, forKurt) => {
    expect(skewness(forSkew)).toBeNaN();
    expect(kurtosis(forKurt)).toBeNaN();
  });

  it('are zero skew for symmetric data', () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 14);
  });
});

describe('treatOutliers() (COINr default)', () => {
  it('leaves a column that passes alone and reports it', () => {
    const out = treatOutliers(datasetOf(base));
    expect(out.changed).toEqual([]);
    expect(out.report[0]).toMatchObject({ indicator: 'x', action: 'none', winsorised: 0, passes: true });
  });

  it('winsorises the single high outlier to the next value in', () => {
    const out = treatOutliers(datasetOf([...base, 200]));
    expect(out.changed).toEqual([{ unit: 'u20', indicator: 'x', from: 200, value: 20, how: 'winsorised' }]);
    expect(out.report[0]).toMatchObject({ action: 'winsorised', winsorised: 1, passes: true });
  });

  it('winsorises tied extremes together', () => {
    const out = treatOutliers(datasetOf([...base, 200, 200]));
    expect(out.changed.map((c) => [c.unit, c.value])).toEqual([
      ['u20', 20],
      ['u21', 20],
    ]);
  });

  it('takes a second step when one is not enough (60, 200 → 20, 20)', () => {
    // after 200 → 60 the column (…, 19, 20, 60, 60) still fails: skew 2.36, kurtosis 5.40
    const out = treatOutliers(datasetOf([...base, 60, 200]));
    expect(out.changed.map((c) => [c.unit, c.from, c.value])).toEqual([
      ['u20', 60, 20],
      ['u21', 200, 20],
    ]);
    expect(out.report[0]!.winsorised).toBe(2);
  });

  it('winsorises the low side for negative skew', () => {
    const out = treatOutliers(datasetOf([-200, ...base]));
    expect(out.changed).toEqual([{ unit: 'u0', indicator: 'x', from: -200, value: 1, how: 'winsorised' }]);
  });

  it('drops the winsorising and log-transforms the original when the limit is reached', () => {
    const values = [...base, 60, 200];
    const out = treatOutliers(datasetOf(values), { maxWinsorised: 1 });
    expect(out.changed).toHaveLength(22);
    // log_CT: log(x − min + 0.01·(max − min)) with min 1, max 200 → shift 1.99
    for (const c of out.changed) expect(c).toMatchObject({ how: 'log', value: Math.log(c.from - 1 + 1.99) });
    expect(out.report[0]!.action).toBe('log');
  });

  it('leaves missing cells missing and out of the statistics', () => {
    const dataset = datasetOf([...base, 200]);
    const gappy = { ...dataset, values: { ...dataset.values, u3: { x: null } } };
    const out = treatOutliers(gappy);
    expect(out.dataset.values.u3!.x).toBeNull();
    expect(out.changed.map((c) => c.unit)).toEqual(['u20']);
  });

  it.each([
    ['winsorise', 'winsorised', 1],
    ['log', 'log', 21],
    ['none', 'none', 0],
  ] as const)('method %s does %s (%d cells)', (method, action, cells) => {
    const out = treatOutliers(datasetOf([...base, 200]), { method });
    expect(out.report[0]!.action).toBe(action);
    expect(out.changed).toHaveLength(cells);
  });

  it('mirrors the log for negative skew with coinr-plus', () => {
    const out = treatOutliers(datasetOf([-200, ...base]), { method: 'coinr-plus', maxWinsorised: 0 });
    // −log(max + a − x) with max 20, a = 0.01·220 = 2.2
    expect(out.changed[0]).toMatchObject({ from: -200, value: -Math.log(20 + 2.2 + 200) });
  });

  it('refuses an unknown method', () => {
    expect(() => treatOutliers(datasetOf(base), { method: 'clip' as never })).toThrow(
      /unknown treatment "clip"/,
    );
  });
});
