import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe('smartcities export', () => {
  it('writes the dataset with its results as JSON', async () => {
    const out = join(dir, 'export.json');
    const { code, stdout } = await runCli(['export', '--out', out]);
    expect([code, stdout]).toEqual([0, '']);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(Object.keys(json)).toEqual([
      'edition',
      'source',
      'cities',
      'pillars',
      'indicators',
      'values',
      'published',
      'errata',
      'results',
      'framework',
    ]);
    expect(json.edition).toMatchObject({ id: '2020', version: '1.0.0' });
    expect(json.source.line).toMatch(/^Source: Global Smart Cities 2020/);
    expect(json.cities).toHaveLength(20);
    expect(json.values.london['mobile-phone']).toBe(86.7);
    expect(json.published.papers.beijing).toBe(72);
    expect(json.published.reputation.total).toBe(519);
    expect(json.results.rows[0]).toMatchObject({ rank: 1, city: 'london', score: 100 });
    expect(json.results.reputation.rows[0].city).toBe('beijing');
  });

  it('writes one CSV row per city with values, pillar scores, rank, tier and papers', async () => {
    const lines = (await runCli(['export', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(
      /^id,name,nameZh,country,region,lat,lon,mobile-phone,.*,human-skills,infrastructure,economy,service,governance,innovation,score,rank,tier,papers$/,
    );
    expect(lines[1]).toMatch(/^london,London,伦敦,GB,Europe,51\.5074,-0\.1278,86\.7,.*,100,1,leading,56$/);
  });

  it('writes an XLSX workbook atomically, one sheet per table, under the scenario', async () => {
    const out = join(dir, 'export.xlsx');
    const { code } = await runCli(['export', '--format', 'xlsx', '--aggregation', 'geometric', '--out', out]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'results',
      'indicators',
      'pillars',
      'reputation',
      'errata',
      'source',
      'framework',
    ]);
    const results = workbook.getWorksheet('results')!;
    expect(results.getRow(1).getCell(1).value).toBe('id');
    expect(results.getRow(2).getCell(1).value).toBe('london');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the target folder does not exist', async () => {
    const out = join(dir, 'missing', 'export.json');
    const { code, stderr } = await runCli(['export', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${out}: cannot write the file (no folder ${join(dir, 'missing')})`);
  });
});
