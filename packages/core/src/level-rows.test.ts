import { beforeAll, describe, expect, it } from 'vitest';
import { dataset2020 } from '@smartcities/data/editions/2020';
import type { Dataset } from '@smartcities/data/schema';
import { loadAsem } from '../test/asem.ts';
import { flatLevelRow, levelNodes, levelRows } from './level-rows.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';
import { competitionRank } from '@smartcities/data/stats';

let asem: Dataset;
beforeAll(async () => {
  asem = await loadAsem();
});

describe('levelRows()', () => {
  it('gives the 2020 edition its pillars and normalised indicators beside the index', () => {
    const result = score(dataset2020);
    const rows = levelRows(result, dataset2020);
    expect(Object.keys(rows[0]!.nodes)).toHaveLength(5 + 21);
    expect(rows[0]).toMatchObject({ rank: 1, tier: 'leading' });
    const london = rows.find((r) => r.city === 'london')!;
    expect(london.nodes.governance!.score).toBe(london.pillars.governance!.score);
    expect(london.flags).toBeUndefined();
  });

  it('gives a four-level framework (ASEM) every level with competition ranks', () => {
    const result = score(asem, defineScenario({ normalisation: { method: 'min-max' }, rescale: 'none' }));
    const ids = levelNodes(result);
    expect(ids.slice(0, 10)).toEqual([
      'Conn',
      'Sust',
      'Physical',
      'ConEcFin',
      'Political',
      'Instit',
      'P2P',
      'Environ',
      'Social',
      'SusEcFin',
    ]);
    expect(ids).toHaveLength(10 + 49);
    const rows = levelRows(result, asem);
    const ranks = competitionRank(result.scores.Physical!);
    for (const row of rows) expect(row.nodes.Physical!.rank).toBe(ranks[result.unitIds.indexOf(row.city)]);
  });

  it('flags imputed and treated cells', () => {
    const scenario = defineScenario({
      normalisation: { method: 'min-max' },
      data: { impute: 'mean', treat: 'coinr' },
    });
    const result = score(asem, scenario);
    const flags = levelRows(result, asem).flatMap((r) => Object.values(r.flags ?? {}));
    expect(flags.filter((f) => f.startsWith('imputed'))).toHaveLength(63);
    expect(flags.filter((f) => f.includes('winsorised'))).toHaveLength(34);
  });

  it('flattens to score and `<id>_rank` columns with the flags last', () => {
    const row = levelRows(score(dataset2020), dataset2020)[0]!;
    const flat = flatLevelRow(row);
    expect(Object.keys(flat).slice(0, 7)).toEqual([
      'rank',
      'city',
      'name',
      'score',
      'tier',
      'infrastructure',
      'infrastructure_rank',
    ]);
    expect(flat.flags).toBe('');
  });
});
