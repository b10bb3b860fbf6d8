import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { loadAsem } from '../../test/asem.ts';
import { asemReference } from '../../test/asem-reference.ts';
import { defineScenario } from '../scenario/parse.ts';
import { score } from '../score.ts';

let asem: Dataset;
beforeAll(async () => {
  asem = await loadAsem();
});

const coinrLike = (treat: 'none' | 'coinr') =>
  defineScenario({
    normalisation: { method: 'min-max' },
    rescale: 'none',
    data: { impute: 'mean', treat },
  });

describe.each([
  ['mean imputation, min-max, arithmetic', 'none', false],
  ['the same with COINr’s default treatment', 'coinr', true],
] as const)('ASEM: %s', (_, treat, referenceTreats) => {
  it('gives the reference index, sub-index, pillar and indicator scores to 1e-9, and the same ranks', () => {
    const result = score(asem, coinrLike(treat));
    const reference = asemReference(referenceTreats);
    expect(result.unitIds).toEqual(reference.units);
    expect([...reference.scores.keys()].sort()).toEqual(Object.keys(result.scores).sort());
    for (const [id, expected] of reference.scores) {
      const ours = result.scores[id]!;
      expected.forEach((v, u) =>
        expect(Math.abs(ours[u]! - v), `${id} ${reference.units[u]}`).toBeLessThan(1e-9),
      );
    }
    for (const id of ['Index', 'Conn', 'Sust', 'Physical', 'Social'])
      expect(Array.from(result.ranks[id]!), id).toEqual(reference.ranks.get(id));
  });

  it('logs the 63 imputed cells', () => {
    expect(score(asem, coinrLike(treat)).data!.imputed).toHaveLength(63);
  });
});

describe('ASEM: COINr’s default treatment', () => {
  it('changes exactly the cells the reference changes (34), to the same values', () => {
    const { data } = score(asem, coinrLike('coinr'));
    const reference = asemReference(true).treated;
    expect(data!.treated).toHaveLength(34);
    expect(reference.size).toBe(34);
    for (const cell of data!.treated)
      expect(cell.value, `${cell.unit}/${cell.indicator}`).toBe(
        reference.get(`${cell.unit}/${cell.indicator}`),
      );
  });

  it('reports 20 winsorised indicators, none logged, all passing afterwards', () => {
    const report = score(asem, coinrLike('coinr')).data!.treatment;
    expect(report.filter((r) => r.action === 'winsorised')).toHaveLength(20);
    expect(report.filter((r) => r.action === 'log')).toEqual([]);
    expect(report.every((r) => r.passes)).toBe(true);
  });
});
