import { describe, expect, it } from 'vitest';
import { CancelledError } from './progress.ts';
import { createRandom } from './random.ts';
import { sobol } from './sobol.ts';

/** Ishigami's function (a = 7, b = 0.1) with inputs mapped from [0, 1) to [-π, π). */
const ishigami = (x: Float64Array) => {
  const [x1, x2, x3] = Array.from(x, (u) => Math.PI * (2 * u - 1));
  return Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!);
};

// Analytic indices: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 - 1/50).
const analytic = { first: [0.3139, 0.4424, 0], total: [0.5576, 0.4424, 0.2437] };

describe('sobol()', () => {
  it("matches the analytic first-order and total indices of Ishigami's function", () => {
    // Over seeds 1-20 the largest error at N = 16,384 was 0.032, hence the tolerance of 0.04.
    const result = sobol(ishigami, 3, 16_384, createRandom(42), 100);
    result.first.forEach((s, i) => expect(Math.abs(s - analytic.first[i]!)).toBeLessThan(0.04));
    result.total.forEach((s, i) => expect(Math.abs(s - analytic.total[i]!)).toBeLessThan(0.04));
    expect(result).toMatchObject({ dims: 3, samples: 16_384, evaluations: 16_384 * 5, failed: 0 });
    expect(result.variance).toBeCloseTo(
      49 / 8 + (0.1 * Math.PI ** 4) / 5 + (0.01 * Math.PI ** 8) / 18 + 0.5,
      0,
    );
    result.totalInterval!.forEach(([lower, upper], i) => {
      expect(lower).toBeLessThan(result.total[i]!);
      expect(upper).toBeGreaterThan(result.total[i]!);
      expect(upper - lower).toBeLessThan(0.05);
    });
  });

  it('gives an additive model its variance shares and repeats for the same seed', () => {
    const linear = (x: Float64Array) => x[0]! + 2 * x[1]!;
    const result = sobol(linear, 2, 8192, createRandom(3));
    expect(result.first[0]).toBeCloseTo(0.2, 1);
    expect(result.first[1]).toBeCloseTo(0.8, 1);
    expect(result.total[1]).toBeCloseTo(0.8, 1);
    expect(result.firstInterval).toBeNull();
    expect(sobol(linear, 2, 256, createRandom(3))).toEqual(sobol(linear, 2, 256, createRandom(3)));
  });

  it('leaves out base samples with a failed evaluation, and gives NaN for a constant model', () => {
    const sometimesFails = (x: Float64Array) => (x[0]! < 0.1 ? NaN : x[0]!);
    const result = sobol(sometimesFails, 2, 1000, createRandom(5));
    expect(result.failed).toBeGreaterThan(100);
    expect(result.failed).toBeLessThan(300);
    expect(result.total[1]).toBeCloseTo(0, 10);
    expect(sobol(() => 1, 2, 100, createRandom(1)).first).toEqual([NaN, NaN]);
  });

  it('reports progress in evaluations and can be cancelled', () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const onProgress = (done: number) => {
      seen.push(done);
      if (seen.length === 3) signal.aborted = true;
    };
    expect(() => sobol(ishigami, 3, 1000, createRandom(1), 0, { onProgress, signal })).toThrow(
      CancelledError,
    );
    expect(seen).toEqual([0, 50, 100]);
  });
});
