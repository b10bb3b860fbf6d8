import { describe, expect, it } from 'vitest';
import { correlationTest } from './correlation-test.ts';
import { cronbachAlpha } from './cronbach-alpha.ts';
import { jacobiEigen } from './jacobi-eigen.ts';
import { principalComponents } from './principal-components.ts';

const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const y = [2, 1, 4, 3, 7, 5, 6, 9, 10, 8];
const tiedX = [1, 1, 2, 2, 3, 4, 4, 4, 5, 6, 7];
const tiedY = [3, 2, 2, 5, 5, 6, 4, 7, 7, 7, 9];

// Reference values from SciPy 1.17: pearsonr, spearmanr (t approximation), kendalltau(method="asymptotic").
describe('correlationTest()', () => {
  it.each([
    { a: x, b: y, method: 'pearson', r: 0.9030303030303026, p: 0.00034361219776328565 },
    { a: x, b: y, method: 'spearman', r: 0.9030303030303028, p: 0.0003436121977632824 },
    { a: x, b: y, method: 'kendall', r: 0.7333333333333333, p: 0.0031612220209069567 },
    { a: tiedX, b: tiedY, method: 'pearson', r: 0.8924534090642455, p: 0.00021945531670802812 },
    { a: tiedX, b: tiedY, method: 'spearman', r: 0.8855140186915886, p: 0.00028777002481817997 },
    { a: tiedX, b: tiedY, method: 'kendall', r: 0.7799999999999999, p: 0.0016812366564956174 },
    { a: [1, 2, 3, 4], b: [1, 3, 2, 4], method: 'pearson', r: 0.8, p: 0.2 },
  ] as const)('$method on $a.length pairs matches SciPy', ({ a, b, method, r, p }) => {
    const test = correlationTest(a, b, method);
    expect(test.r).toBeCloseTo(r, 12);
    expect(test.p).toBeCloseTo(p, 12);
    expect(test.n).toBe(a.length);
  });

  it('uses only complete pairs, and gives NaN for fewer than 3 pairs or a constant side', () => {
    const withGaps = correlationTest([1, NaN, 3, 4, 2], [2, 5, 3, NaN, 1], 'pearson');
    expect(withGaps).toEqual(correlationTest([1, 3, 2], [2, 3, 1], 'pearson'));
    expect(withGaps.n).toBe(3);
    expect(correlationTest([1, 2], [2, 1], 'kendall')).toEqual({ r: NaN, p: NaN, n: 2 });
    expect(correlationTest([1, 1, 1], [1, 2, 3], 'spearman')).toEqual({ r: NaN, p: NaN, n: 3 });
    expect(correlationTest([1, 2, 3], [2, 4, 6], 'pearson').p).toBe(0);
  });
});

describe('cronbachAlpha()', () => {
  const items = [
    [1, 2, 3, 4, 5, 6, 7, 8],
    [2, 1, 4, 3, 6, 5, 8, 9],
    [5, 3, 4, 1, 2, 2, 1, 0],
    [1, 4, 2, 5, 3, 6, 4, 7],
  ];
  it('matches the textbook formula computed with NumPy', () => {
    expect(cronbachAlpha(items)).toBeCloseTo(0.31578947368421045, 12);
    expect(cronbachAlpha(items.slice(0, 2))).toBeCloseTo(0.96, 12);
  });

  it('is 1 for items that move together, NaN for one item or a constant total, and skips incomplete units', () => {
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [2, 3, 4],
      ]),
    ).toBeCloseTo(1, 12);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNaN();
    expect(
      cronbachAlpha([
        [1, 2, 3, NaN],
        [2, 3, 4, 0],
      ]),
    ).toBeCloseTo(1, 12);
  });
});

describe('jacobiEigen() and principalComponents()', () => {
  it('decomposes a 2×2 matrix exactly', () => {
    const { values, vectors } = jacobiEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(Array.from(values)).toEqual([3, 1].map((v) => expect.closeTo(v, 14)));
    expect(Array.from(vectors[0]!)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 14)));
  });

  it('matches NumPy eigh on a 4-indicator correlation matrix, with loadings = vector · √eigenvalue', () => {
    const pca = principalComponents([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [2, 1, 4, 3, 6, 5, 8, 9],
      [5, 3, 4, 1, 2, 2, 1, 0],
      [1, 4, 2, 5, 3, 6, 4, 7],
    ]);
    const expected = [3.3315228394410563, 0.5510527343622063, 0.10522207501259147, 0.012202351184145704];
    pca.eigenvalues.forEach((value, k) => expect(value).toBeCloseTo(expected[k]!, 12));
    expect(pca.explained[0]).toBeCloseTo(3.3315228394410563 / 4, 12);
    const first = [0.5360367848697419, 0.47480614186347403, -0.5180508782154313, 0.4678108383689432];
    pca.vectors[0]!.forEach((v, i) => expect(v).toBeCloseTo(first[i]!, 10));
    const fourth = [0.7840018119460164, -0.560848200308248, 0.06397755492210196, -0.2582582574527899];
    pca.vectors[3]!.forEach((v, i) => expect(v).toBeCloseTo(fourth[i]!, 10));
    expect(pca.loadings[1]![1]).toBeCloseTo(0.664223471334272 * Math.sqrt(0.5510527343622063), 10);
    expect(pca.n).toBe(8);
  });

  it('gives NaN figures when a column is constant', () => {
    expect(
      principalComponents([
        [1, 1, 1],
        [1, 2, 3],
      ]).eigenvalues,
    ).toEqual([NaN, NaN]);
  });
});
