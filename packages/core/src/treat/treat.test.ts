import { describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { moments } from './moments.ts';
import { treatOutliers } from './treat.ts';

const values = [1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 60];
const dataset: Dataset = {
  edition: { id: 't', version: '1', hash: 't' },
  units: values.map((_, i) => ({ id: `u${i}`, name: `U${i}` })),
  framework: [
    { id: 'index', name: 'I', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    { id: 'x', name: 'X', type: 'indicator', parent: 'index', weight: 1, direction: 1 },
    { id: 'y', name: 'Y', type: 'indicator', parent: 'index', weight: 1, direction: 1 },
  ],
  values: Object.fromEntries(values.map((v, i) => [`u${i}`, { x: v, y: i }])),
};

describe('moments()', () => {
  it('gives zero skewness for symmetric data and -1.5 excess kurtosis for three evenly spaced values', () => {
    expect(moments([1, 2, 3]).skewness).toBeCloseTo(0, 12);
    expect(moments([1, 2, 3]).kurtosis).toBeCloseTo(-1.5, 12);
  });
});

describe('treatOutliers()', () => {
  it('flags a skewed indicator and winsorises its extreme point, recording the cell', () => {
    expect(moments(values).skewness).toBeGreaterThan(2);
    const out = treatOutliers(dataset);
    expect(out.changed).toEqual([{ unit: 'u10', indicator: 'x', from: 60, value: 6, how: 'winsorised' }]);
    expect(out.dataset.values.u10!.x).toBe(6);
    expect(out.flagged).toEqual([]);
  });

  it('leaves an unskewed indicator alone', () => {
    expect(treatOutliers(dataset).changed.some((c) => c.indicator === 'y')).toBe(false);
  });

  it('log-transforms when winsorising is not allowed far enough', () => {
    const out = treatOutliers(dataset, { maxWinsorised: 0 });
    expect(out.changed.every((c) => c.how === 'log')).toBe(true);
    expect(out.dataset.values.u10!.x).toBeCloseTo(Math.log(60), 12); // log(x - min + 1) with min 1
  });
});
