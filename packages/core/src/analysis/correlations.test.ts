import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default.ts';
import { correlations } from './correlations.ts';
import { pillarStructure } from './pillar-structure.ts';

const dataset = edition2020.dataset;

// Reference values from SciPy/NumPy on the printed governance columns of tables 2-4.
describe('correlations()', () => {
  it.each([
    ['pearson', -0.2314282818095069, 0.3262223560967466],
    ['spearman', -0.2721804511278195, 0.24566887828037726],
    ['kendall', -0.22105263157894736, 0.17298970944016634],
  ] as const)('%s: open data against public safety matches SciPy', (method, r, p) => {
    const matrix = correlations(dataset, defaultScenario, method);
    const [i, j] = [matrix.ids.indexOf('open-data'), matrix.ids.indexOf('public-safety')];
    expect(matrix.r[i]![j]).toBeCloseTo(r, 12);
    expect(matrix.p[i]![j]).toBeCloseTo(p, 10);
    expect(matrix.r[j]![i]).toBe(matrix.r[i]![j]);
    expect(matrix.n[i]![j]).toBe(20);
  });

  it('covers the 21 indicators, 5 pillars and the index, with 1 on the diagonal', () => {
    const matrix = correlations(dataset, defaultScenario);
    expect(matrix.ids).toHaveLength(27);
    expect(matrix.ids.at(-1)).toBe('index');
    expect(matrix.types.filter((t) => t === 'aggregate')).toHaveLength(6);
    expect(matrix.r.every((row, i) => row[i] === 1)).toBe(true);
    const index = matrix.ids.length - 1;
    expect(matrix.r[index]![matrix.ids.indexOf('innovation')]).toBeGreaterThan(0.5);
  });
});

describe('pillarStructure()', () => {
  it("gives governance's Cronbach alpha and first eigenvalue as NumPy computes them", () => {
    const governance = pillarStructure(dataset, defaultScenario).find((p) => p.node === 'governance')!;
    expect(governance.children).toEqual([
      'open-data',
      'public-safety',
      'public-participation',
      'social-inclusion',
      'sustainability',
    ]);
    expect(governance.alpha).toBeCloseTo(0.15658800225251124, 12);
    expect(governance.pca.eigenvalues[0]).toBeCloseTo(2.2387836281065283, 10);
    expect(governance.pca.explained.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('covers every aggregate, the index last', () => {
    expect(pillarStructure(dataset, defaultScenario).map((p) => p.node)).toEqual([
      'infrastructure',
      'economy',
      'service',
      'governance',
      'innovation',
      'index',
    ]);
  });
});
