import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe("smartcities compare under the report's method", () => {
  it('shows the printed figures, * marking those recomputed otherwise, tiers included, with a footnote', async () => {
    const { code, stdout } = await runCli(['compare', 'beijing', 'berlin', 'new-york']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Beijing: rank 5, advanced · Berlin: rank 15, following\* · New York: rank 2, leading\n/,
    );
    expect(stdout).toMatch(/\nSmart city index\s+92\.8\* \(5\)\s+82\.5 \(15\)\s+98\.7 \(2\)\n/);
    expect(stdout).toMatch(/\n {2}Smart infrastructure\s+72\.8 \(15\)\s+84\.1 \(8\)\s+87\.9\* \(4\)\n/);
    expect(stdout).toContain(
      '* Beijing: score printed 92.8, recomputed 92.7: within the rounding of the unpublished inputs (±0.117)',
    );
    expect(stdout).toContain(
      '* Berlin: tier printed following, recomputed advanced: erratum E-overall-r15-tier',
    );
  });

  it('adds the printed figures to CSV as <city>_published columns and to JSON as published', async () => {
    const csv = (await runCli(['compare', 'beijing', 'paris', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'id,name,beijing,beijing_rank,beijing_published,beijing_published_rank,paris,paris_rank,paris_published,paris_published_rank',
    );
    expect(csv[1]).toMatch(/^index,Smart city index,92\.74\d*,5,92\.8,5,91\.\d+,6,91\.7,6$/);
    expect(csv[2]).toMatch(/^infrastructure,Smart infrastructure,[\d.]+,15,72\.8,15,81\.\d+,11,81\.3,11$/);
    expect(csv[3]).toMatch(/^mobile-phone,Mobile phone,93\.4,3,,,[\d.]+,\d+,,$/);
    const json = JSON.parse((await runCli(['compare', 'beijing', 'berlin', '--format', 'json'])).stdout);
    expect(json.published.beijing).toMatchObject({ score: 92.8, rank: 5, tier: 'advanced' });
    expect(json.published.berlin.notes).toEqual([
      expect.objectContaining({ field: 'tier', status: 'erratum' }),
    ]);
  });

  it('shows only computed values under another scenario', async () => {
    const table = await runCli(['compare', 'beijing', 'berlin', '--aggregation', 'geometric']);
    expect(table.stdout).not.toContain('*');
    const csv = await runCli([
      'compare',
      'beijing',
      'berlin',
      '--aggregation',
      'geometric',
      '--format',
      'csv',
    ]);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,name,beijing,beijing_rank,berlin,berlin_rank');
    const json = JSON.parse(
      (await runCli(['compare', 'beijing', 'berlin', '--aggregation', 'geometric', '--format', 'json']))
        .stdout,
    );
    expect(json).not.toHaveProperty('published');
  });
});

describe("smartcities city and rank show the printed tier under the report's method", () => {
  it('city: printed scores in the node table, the printed tier marked, published columns in CSV', async () => {
    const { stdout } = await runCli(['city', 'berlin']);
    expect(stdout).toMatch(/^Berlin: rank 15 of 20, score 82\.5, tier following\*\n/);
    expect((await runCli(['city', 'new-york'])).stdout).toMatch(
      /\n {2}Smart infrastructure\s+–\s+87\.9\*\s+4\s/,
    );
    const csv = (await runCli(['city', 'new-york', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'id,type,parent,name,value,score,rank,median,vsMedian,leader,published,published_rank',
    );
    expect(csv[2]).toMatch(/^infrastructure,aggregate,index,Smart infrastructure,,87\.95,4,.*,87\.9,4$/);
    const other = await runCli(['city', 'berlin', '--aggregation', 'geometric', '--format', 'csv']);
    expect(other.stdout.split('\r\n')[0]).toBe('id,type,parent,name,value,score,rank,median,vsMedian,leader');
  });

  it('city: the leader as printed and the reputation line from table 2-6 as printed, * with the erratum', async () => {
    expect((await runCli(['city', 'new-york'])).stdout).toMatch(
      /\n {2}Smart economy\s+–\s+89\.6\*\s+1\s+64\.9\s+\+24\.7\s+89\.6\n/,
    );
    const { stdout } = await runCli(['city', 'hong-kong']);
    expect(stdout).toContain('18 papers, reputation rank 8*,');
    expect(stdout).toContain('* reputationRank printed 8, recomputed 7: erratum E-2-6-r8-reputationRank');
    const other = await runCli(['city', 'hong-kong', '--aggregation', 'geometric']);
    expect(other.stdout).not.toContain('*');
  });

  it('rank: the tier column shows the printed tier, * where an erratum explains the computed one', async () => {
    const { stdout } = await runCli(['rank']);
    expect(stdout).toMatch(/\n\s+15\s+Berlin\s+82\.5\s+following\*\s/);
    expect(stdout).toContain(
      '* Moscow: tier printed following, recomputed advanced: erratum E-overall-r16-tier',
    );
    expect((await runCli(['rank', '--aggregation', 'geometric'])).stdout).not.toMatch(/following\*/);
  });
});

describe("smartcities reputation under the report's method", () => {
  it('shows table 2-6 as printed, * and a footnote where the recomputation differs (Hong Kong)', async () => {
    const { stdout } = await runCli(['reputation']);
    expect(stdout).toMatch(/\nHong Kong\s+18\s+8\*\s+7\s+-1\*\n/);
    expect(stdout).toContain(
      '* Hong Kong: reputationRank printed 8, recomputed 7: erratum E-2-6-r8-reputationRank',
    );
    const csv = (await runCli(['reputation', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'city,papers,reputationRank,smartRank,difference,published_papers,published_reputationRank,published_smartCityRank,published_difference',
    );
    const json = JSON.parse((await runCli(['reputation', '--format', 'json'])).stdout);
    const hongKong = json.rows.find((r: { city: string }) => r.city === 'hong-kong');
    expect([hongKong.reputationRank, hongKong.published.reputationRank]).toEqual([7, 8]);
  });

  it('shows the recomputed table alone under another scenario', async () => {
    const { stdout } = await runCli(['reputation', '--aggregation', 'geometric']);
    expect(stdout).not.toContain('*');
    const json = JSON.parse(
      (await runCli(['reputation', '--aggregation', 'geometric', '--format', 'json'])).stdout,
    );
    expect(json.rows.some((r: object) => 'published' in r)).toBe(false);
  });
});
