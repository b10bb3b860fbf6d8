import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe('smartcities rank', () => {
  it('prints an aligned table without colour when piped', async () => {
    const { code, stdout, stderr } = await runCli(['rank']);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines[2]).toMatch(/^Rank\s+City\s+Score\s+Tier\s+infrastructure/);
    expect(lines[3]).toMatch(/^\s+1\s+London\s+100\.0\s+leading\s+89\.9 \(3\)/);
    expect(lines[22]).toMatch(/^\s+20\s+Cairo\s+54\.9\s+following/);
    expect(stdout).not.toMatch(/\u001B\[/);
  });

  it('--top N keeps every city tied at rank N (three tied 4th in smart infrastructure)', async () => {
    const { code, stdout } = await runCli([
      'rank',
      '--pillar',
      'infrastructure',
      '--top',
      '4',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const rows: { rank: number; city: string }[] = JSON.parse(stdout).rows;
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 4, 4]);
    const all = JSON.parse(
      (await runCli(['rank', '--pillar', 'infrastructure', '--format', 'json'])).stdout,
    ).rows;
    expect(rows.map((row) => row.city)).toEqual(all.slice(0, 6).map((row: { city: string }) => row.city));
    expect(all[6].rank).toBe(7);
  });

  it('writes core rows with provenance as JSON, unrounded', async () => {
    const { code, stdout } = await runCli(['rank', '--format', 'json']);
    const json = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['provenance', 'effectiveWeights', 'rows']);
    expect(json.provenance).toMatchObject({ edition: '2020', dataVersion: '1.0.0' });
    expect(json.rows).toHaveLength(20);
    expect(json.rows[0]).toMatchObject({
      rank: 1,
      city: 'london',
      name: 'London',
      score: 100,
      tier: 'leading',
    });
    expect(json.rows[0].pillars.infrastructure).toEqual({ score: 89.925, rank: 3 });
    expect(json.rows[1].score).toBeCloseTo(98.6811, 4);
    expect(json.rows[0]).not.toHaveProperty('change');
    const beijing = json.rows.find((r: { city: string }) => r.city === 'beijing');
    expect(beijing.published).toMatchObject({ score: 92.8, rank: 5, tier: 'advanced' });
  });

  it('shows the printed figures in the table, * marking those recomputed otherwise, with a footnote', async () => {
    const { stdout } = await runCli(['rank']);
    expect(stdout).toMatch(/\n\s+5\s+Beijing\s+92\.8\*\s+advanced\s/);
    expect(stdout).toContain(
      '* Beijing: score printed 92.8, recomputed 92.7: within the rounding of the unpublished inputs (±0.117)',
    );
    const other = await runCli(['rank', '--aggregation', 'geometric']);
    expect(other.stdout).not.toContain('*');
    const json = JSON.parse(
      (await runCli(['rank', '--aggregation', 'geometric', '--format', 'json'])).stdout,
    );
    expect(json.rows.some((r: object) => 'published' in r)).toBe(false);
  });

  it('writes CSV with ids and unrounded values, and --top keeps the first rows', async () => {
    const { stdout } = await runCli(['rank', '--format', 'csv', '--top', '2']);
    const [header, first, second, ...rest] = stdout.trimEnd().split('\r\n');
    expect(header).toBe(
      'rank,city,name,score,tier,infrastructure,infrastructure_rank,economy,economy_rank,service,service_rank,governance,governance_rank,innovation,innovation_rank,published_score,published_rank,published_tier,published_infrastructure,published_economy,published_service,published_governance,published_innovation,published_notes',
    );
    expect(first).toBe(
      '1,london,London,100,leading,89.925,3,81.7,2,77.875,6,74.28,1,89.44999999999999,1,100,1,leading,89.9,81.7,77.9,74.3,89.4,"pillars.innovation printed 89.4, recomputed 89.5: within the rounding of the unpublished inputs (±0.05)"',
    );
    expect(second).toMatch(/^2,new-york,New York,98\.68/);
    expect(rest).toEqual([]);
  });

  it('ranks one pillar with --pillar, its indicators as the columns', async () => {
    const { stdout } = await runCli(['rank', '--pillar', 'governance', '--format', 'json']);
    const { rows } = JSON.parse(stdout);
    expect(rows[0]).toMatchObject({ rank: 1, city: 'london', score: 74.28, tier: null });
    expect(Object.keys(rows[0].pillars)).toEqual([
      'open-data',
      'public-safety',
      'public-participation',
      'social-inclusion',
      'sustainability',
    ]);
    expect(rows[1].city).toBe('seoul');
  });

  it('shows the rank change against the report when the scenario differs', async () => {
    const { stdout } = await runCli(['rank', '--weights', 'governance=3', '--format', 'json']);
    const { rows } = JSON.parse(stdout);
    const seoul = rows.find((r: { city: string }) => r.city === 'seoul');
    expect(seoul.rank).toBeLessThan(10);
    expect(seoul.change).toBe(10 - seoul.rank);
    const table = await runCli(['rank', '--weights', 'governance=3']);
    expect(table.stdout).toMatch(/Tier\s+Change/);
  });

  it('colours a terminal only: FORCE_COLOR forces it, --out never has it', async () => {
    const forced = await runCli(['rank', '--top', '1'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001B\[32mleading/);
    const out = join(dir, 'rank.txt');
    const written = await runCli(['rank', '--out', out], { env: { FORCE_COLOR: '1' } });
    expect([written.code, written.stdout]).toEqual([0, '']);
    expect(await readFile(out, 'utf8')).toMatch(/^Smart city index: ranking\n\nRank/);
    expect(await readFile(out, 'utf8')).not.toMatch(/\u001B\[/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['rank', '--pillar', 'goverance'], '--pillar: unknown pillar "goverance"; did you mean "governance"?'],
    [['rank', '--top', '0'], '--top: expected a whole number of 1 or more, got "0"'],
    [['rank', '--format', 'jsno'], '--format: unknown format "jsno"; did you mean "json"?'],
    [['rank', 'london'], 'rank: unexpected argument "london"'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});
