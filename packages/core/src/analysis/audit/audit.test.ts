import { describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { dataset2020 } from '@smartcities/data/editions/2020';
import { defaultScenario } from '../../scenario/default.ts';
import { defineScenario } from '../../scenario/parse.ts';
import { audit } from './audit.ts';
import { parseAuditOptions } from './audit-options.ts';

const columns = {
  a: [1, 2, 3, 4],
  b: [1, 3, 2, 4],
  c: [2, 4, 1, 3],
  d: [3, 4, 1, 2],
};

/** Four units, two pillars of two indicators (p1: a, b; p2: c, d), values used as they are. */
const small: Dataset = {
  edition: { id: 'small', version: '1', hash: 'h' },
  units: ['u1', 'u2', 'u3', 'u4'].map((id) => ({ id, name: id.toUpperCase() })),
  framework: [
    { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    { id: 'p1', name: 'P1', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'p2', name: 'P2', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    ...(['a', 'b', 'c', 'd'] as const).map((id) => ({
      id,
      name: id,
      type: 'indicator' as const,
      parent: id < 'c' ? 'p1' : 'p2',
      weight: 1,
      direction: 1 as const,
    })),
  ],
  values: Object.fromEntries(
    ['u1', 'u2', 'u3', 'u4'].map((u, i) => [
      u,
      Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v[i]!])),
    ]),
  ),
};

const scenario = defineScenario({ rescale: 'none' });
const quick = { runs: 20, samples: 16, bootstrap: 10 };

describe('audit(): structure, against hand-worked values', () => {
  const { structure } = audit(small, scenario, quick);
  const p1 = structure.pillars.find((p) => p.node === 'p1')!;

  it('correlates a and b at 0.8 (Σdxdy = 4, Σdx² = Σdy² = 5), Pearson and Spearman alike', () => {
    expect(p1.correlations.ids).toEqual(['a', 'b']);
    expect(p1.correlations.pairs[0]![1]!.pearson.r).toBeCloseTo(0.8, 14);
    expect(p1.correlations.pairs[0]![1]!.spearman.r).toBeCloseTo(0.8, 14);
    // t = 0.8·√(2/0.36) = 1.8856 on 2 degrees of freedom: two-sided p = 0.2
    expect(p1.correlations.pairs[0]![1]!.pearson.p).toBeCloseTo(0.2, 10);
  });

  it("gives Cronbach's alpha 8/9: 2·(1 − (5/3 + 5/3) / 6)", () => {
    expect(p1.alpha).toBeCloseTo(8 / 9, 14);
  });

  it('puts 90% of the variance on the first component with loadings √0.9 (eigenvalues 1 ± 0.8)', () => {
    expect(p1.pc1.explained).toBeCloseTo(0.9, 12);
    for (const { loading } of p1.pc1.loadings) expect(loading).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('correlates each indicator with its pillar: a with (a + b)/2 = 1, 2.5, 2.5, 4 gives 3/√(5·4.5) ≈ 0.9487', () => {
    const a = structure.indicators.find((i) => i.indicator === 'a')!;
    expect(a.pillar).toBe('p1');
    expect(a.withPillar.pearson.r).toBeCloseTo(4.5 / Math.sqrt(5 * 4.5), 12);
  });

  it('gives nominal effective weights from the weights: 3:1 pillars make 0.375 and 0.125', () => {
    const weighted = audit(small, defineScenario({ rescale: 'none', weights: { p1: 3 } }), quick);
    expect(weighted.structure.effectiveWeights.map((w) => w.nominal)).toEqual([0.375, 0.375, 0.125, 0.125]);
    const shares = weighted.structure.effectiveWeights.map((w) => w.r2Share);
    expect(shares.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });

  it('reports the pillars against each other', () => {
    expect(structure.betweenPillars.ids).toEqual(['p1', 'p2']);
    expect(structure.betweenPillars.pairs[0]![0]!.pearson.r).toBe(1);
  });
});

/** The largest eigenvalue and its vector by power iteration (an independent reference). */
function powerIteration(m: number[][]): { value: number; vector: number[] } {
  let v = m.map(() => 1);
  let value = 0;
  for (let k = 0; k < 500; k++) {
    const w = m.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
    value = Math.hypot(...w);
    v = w.map((x) => x / value);
  }
  return { value, vector: v };
}

function pearsonRef(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  const sxy = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
  const sxx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
  const syy = y.reduce((s, yi) => s + (yi - my) ** 2, 0);
  return sxy / Math.sqrt(sxx * syy);
}

describe('audit(): PCA against power iteration on a 3-indicator pillar', () => {
  it('matches the first eigenvalue share and loadings', () => {
    const three = defineScenario({ exclude: ['data-center'] });
    const pillar = audit(dataset2020, three, quick).structure.pillars.find(
      (p) => p.node === 'infrastructure',
    )!;
    const ids = pillar.correlations.ids;
    expect(ids).toHaveLength(3);
    const values = ids.map((id) => dataset2020.units.map((u) => dataset2020.values[u.id]![id] as number));
    const { value, vector } = powerIteration(values.map((x) => values.map((y) => pearsonRef(x, y))));
    expect(pillar.pc1.explained).toBeCloseTo(value / 3, 10);
    pillar.pc1.loadings.forEach(({ loading }, i) =>
      expect(loading).toBeCloseTo(vector[i]! * Math.sqrt(value), 8),
    );
  });
});

describe('audit(): data, robustness and units', () => {
  it('reproduces from its seed and changes with it', () => {
    const one = audit(small, scenario, { ...quick, seed: 7 }).robustness;
    expect(audit(small, scenario, { ...quick, seed: 7 }).robustness).toEqual(one);
    expect(audit(small, scenario, { ...quick, seed: 8 }).robustness.uncertainty).not.toEqual(one.uncertainty);
  });

  it('gives every unit a rank interval and tier shares summing to 1, and a remove-one row per node', () => {
    const { robustness } = audit(dataset2020, defaultScenario, quick);
    expect(robustness.uncertainty.rows).toHaveLength(20);
    for (const row of robustness.uncertainty.rows) {
      expect(row.q05).toBeLessThanOrEqual(row.q95);
      expect(row.tiers.leading + row.tiers.advanced + row.tiers.following).toBeCloseTo(1, 12);
    }
    expect(robustness.removeOne).toHaveLength(21 + 5);
    expect(robustness.sensitivity.rows.map((r) => r.input)).toContain('weight:governance');
  });

  it('lists each unit’s best and worst indicator ranks', () => {
    const u1 = audit(small, scenario, quick).perUnit.rows.find((r) => r.unit === 'u1')!;
    // u1 values: a 1 (rank 4), b 1 (rank 4), c 2 (rank 3), d 3 (rank 2)
    expect(u1.strengths[0]).toEqual({ indicator: 'd', rank: 2 });
    expect(u1.weaknesses.map((w) => w.rank)).toEqual([4, 4, 3]);
  });

  it('reports availability, imputed cells and skewness before and after', () => {
    const gappy = { ...small, values: { ...small.values, u2: { ...small.values.u2!, c: null } } };
    const { data } = audit(gappy, defineScenario({ rescale: 'none', data: { impute: 'mean' } }), quick);
    expect(data.units.find((u) => u.unit === 'u2')!.availability).toBe(0.75);
    expect(data.indicators.find((i) => i.indicator === 'c')).toMatchObject({
      availability: 0.75,
      imputed: 1,
    });
    expect(data.imputed).toEqual([{ unit: 'u2', indicator: 'c', value: 2, from: 'column' }]);
    expect(data.lookFor).toMatch(/availability/);
  });

  it('refuses out-of-range work with a message naming the field', () => {
    const parsed = parseAuditOptions({ runs: 10_000_000 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path: 'runs' });
  });
});
