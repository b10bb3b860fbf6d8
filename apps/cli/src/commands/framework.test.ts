import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities framework', () => {
  it('lists pillars and indicators with weights, effective weights and sources', async () => {
    const { code, stdout } = await runCli(['framework']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}infrastructure\s+Smart infrastructure\s+0\.2\s+20\.0%\s+20\.0%\s+–\n/);
    expect(stdout).toMatch(
      /\n {4}open-data\s+Open data\s+0\.2\s+20\.0%\s+4\.0%\s+higher is better\s+Open Data Barometer/,
    );
    expect(stdout).toContain('Smart reputation (reputation) is a reference index, not part of the total');
  });

  it('follows the scenario: weights renormalised, excluded nodes at 0', async () => {
    const json = JSON.parse(
      (
        await runCli([
          'framework',
          '--weights',
          'infrastructure=2',
          '--exclude',
          'data-center',
          '--format',
          'json',
        ])
      ).stdout,
    );
    const node = (id: string) => json.nodes.find((n: { id: string }) => n.id === id);
    expect(node('infrastructure')).toMatchObject({ weight: 2, excluded: false });
    expect(node('infrastructure').share).toBeCloseTo(2 / 2.8, 12);
    expect(node('mobile-phone').effectiveWeight).toBeCloseTo(2 / 2.8 / 3, 12);
    expect(node('data-center')).toMatchObject({
      excluded: true,
      share: 0,
      effectiveWeight: 0,
      source: 'World bank',
    });
    const total = json.nodes
      .filter((n: { type: string }) => n.type === 'indicator')
      .reduce((s: number, n: { effectiveWeight: number }) => s + n.effectiveWeight, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('writes CSV', async () => {
    const lines = (await runCli(['framework', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,type,parent,weight,share,effectiveWeight,direction,source,excluded');
    expect(lines[2]).toBe('infrastructure,Smart infrastructure,aggregate,index,0.2,0.2,0.2,1,,false');
    expect(lines[3]).toBe('mobile-phone,Mobile phone,indicator,infrastructure,0.25,0.25,0.05,1,ITU,false');
  });
});

describe('smartcities reputation', () => {
  it('recomputes table 2-6 with the rank correlations', async () => {
    const { code, stdout } = await runCli(['reputation']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nBeijing\s+72\s+1\s+5\s+\+4\n/);
    // the report's method shows table 2-6 as printed, * where the recomputation differs (Hong Kong: 7 and 0)
    expect(stdout).toMatch(/\nHong Kong\s+18\s+8\*\s+7\s+-1\*\n/);
    expect(stdout).toMatch(/Total papers 519\. .*Spearman ρ = 0\.\d{3}, Kendall τ-b = 0\.\d{3}/);
  });

  it('writes JSON and CSV', async () => {
    const json = JSON.parse((await runCli(['reputation', '--format', 'json'])).stdout);
    expect(json.total).toBe(519);
    expect(json.spearman).toBeGreaterThan(0.5);
    expect(json.rows[0]).toEqual({
      city: 'beijing',
      papers: 72,
      reputationRank: 1,
      smartRank: 5,
      difference: 4,
      published: { papers: 72, reputationRank: 1, smartCityRank: 5, difference: 4, notes: [] },
    });
    const csv = (await runCli(['reputation', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv.slice(0, 2)).toEqual([
      'city,papers,reputationRank,smartRank,difference,published_papers,published_reputationRank,published_smartCityRank,published_difference',
      'beijing,72,1,5,4,72,1,5,4',
    ]);
  });
});
