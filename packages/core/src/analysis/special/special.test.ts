import { describe, expect, it } from 'vitest';
import { incompleteBeta } from './incomplete-beta.ts';
import { logGamma } from './log-gamma.ts';
import { normalUpperTail } from './normal-cdf.ts';
import { studentTTwoSided } from './student-t.ts';

const close = (actual: number, expected: number, relative = 1e-10) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);

// Reference values from Python's math.lgamma and SciPy 1.17 (special.betainc, stats.norm.sf, stats.t.sf).
describe('logGamma()', () => {
  it.each([
    [0.1, 2.2527126517342055],
    [5, 3.178053830347945],
    [100.5, 361.4355404677776],
    [1e-3, 6.907178885383854],
  ])('ln Γ(%d) = %d', (x, expected) => close(logGamma(x), expected, 1e-13));

  it('is NaN outside x > 0', () => {
    expect([logGamma(0), logGamma(-1), logGamma(NaN)]).toEqual([NaN, NaN, NaN]);
  });
});

describe('incompleteBeta()', () => {
  it.each([
    [0.3, 2, 5, 0.5798250000000003],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.01, 10, 0.5, 1.770034965528571e-21],
    [0.999, 50, 3, 0.9999786967828341],
    [0.2, 200, 200, 5.695767508593379e-41],
  ])('I_%d(%d, %d) matches SciPy', (x, a, b, expected) => close(incompleteBeta(x, a, b), expected, 1e-9));

  it('is x itself for a = b = 1, 0 and 1 at the ends, NaN outside the domain', () => {
    expect(incompleteBeta(0.37, 1, 1)).toBeCloseTo(0.37, 14);
    expect([incompleteBeta(0, 2, 3), incompleteBeta(1, 2, 3)]).toEqual([0, 1]);
    expect([incompleteBeta(1.5, 2, 3), incompleteBeta(0.5, 0, 3)]).toEqual([NaN, NaN]);
  });
});

describe('normalUpperTail()', () => {
  it.each([
    [0, 0.5],
    [0.5, 0.3085375387259869],
    [1.96, 0.024997895148220435],
    [2.9, 0.0018658133003840375],
    [3.1, 0.0009676032132183563],
    [5, 2.866515718791933e-7],
    [10, 7.61985302416047e-24],
    [-2, 0.9772498680518208],
  ])('1 - Φ(%d) = %d', (z, expected) => close(normalUpperTail(z), expected, 1e-12));
});

describe('studentTTwoSided()', () => {
  it.each([
    [2.0, 10, 0.07338803477074037],
    [0.5, 3, 0.651447964848151],
    [8, 18, 2.4507205322191e-7],
    [30, 18, 8.016968967131056e-17],
    [-1.2, 5, 0.2838910567061025],
  ])('P(|T| ≥ |%d|) with %d df matches SciPy', (t, df, expected) =>
    close(studentTTwoSided(t, df), expected, 1e-9),
  );

  it('agrees with the closed forms for 1 df (Cauchy) and 2 df', () => {
    close(studentTTwoSided(1.7, 1), 1 - (2 / Math.PI) * Math.atan(1.7), 1e-12);
    close(studentTTwoSided(1.7, 2), 1 - 1.7 / Math.sqrt(2 + 1.7 ** 2), 1e-12);
    expect([studentTTwoSided(Infinity, 3), studentTTwoSided(NaN, 3), studentTTwoSided(1, 0)]).toEqual([
      0,
      NaN,
      NaN,
    ]);
  });
});
