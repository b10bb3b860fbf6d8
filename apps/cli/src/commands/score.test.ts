import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
const file = (name: string) => join(dir, name);

const units =
  'id,name,group,broadband,patents,co2\nalpha,Alpha City,north,92.5,120,4.1\nbeta,"Beta, Port",south,78,95,5\ngamma,Gamma,north,88.25,60,6.3\n';
const framework = [
  'id,name,type,parent,weight,direction',
  'index,Demo index,aggregate,,1,1',
  'digital,Digital,aggregate,index,2,1',
  'environment,Environment,aggregate,index,1,1',
  'broadband,Broadband,indicator,digital,1,1',
  'patents,Patents,indicator,digital,1,1',
  'co2,CO2,indicator,environment,1,-1',
].join('\n');
const iData =
  'uName,uCode,Group_Region,Time,LPI,Flights,CO2\nAustria,AUT,Europe,2020,4.03,29.01,7.3\nChile,CHL,Americas,2020,3.32,8.91,4.6\nJapan,JPN,Asia,2020,4.03,51.2,8.5\n';
const iMeta = [
  'iCode,iName,Level,Parent,Direction,Weight,Type',
  'LPI,Logistics,1,Conn,1,1,Indicator',
  'Flights,Flights,1,Conn,1,1,Indicator',
  'CO2,CO2,1,Sust,-1,1,Indicator',
  'Conn,Connectivity,2,Index,NA,1,Aggregate',
  'Sust,Sustainability,2,Index,NA,1,Aggregate',
  'Index,Demo index,3,NA,NA,NA,Aggregate',
].join('\n');

/** A CSV field as a spreadsheet cell: unquoted text, a number, or empty. */
const xlsxCell = (field: string) =>
  field.startsWith('"')
    ? field.slice(1, -1)
    : field === ''
      ? null
      : Number.isNaN(Number(field))
        ? field
        : Number(field);

async function writeXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, text] of [
    ['units', units],
    ['framework', framework],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    for (const line of text.trim().split('\n'))
      sheet.addRow(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(xlsxCell));
  }
  await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  await Promise.all([
    writeFile(file('units.csv'), units),
    writeFile(file('framework.csv'), framework),
    writeFile(file('iData.csv'), iData),
    writeFile(file('iMeta.csv'), iMeta),
    writeFile(
      file('bad.csv'),
      'id,name,broadband,patents,co2\nalpha,Alpha,92.5,lots,4\nbeta,Beta,78,95,5\nalpha,Again,1,2,3\n',
    ),
    writeXlsx(file('index.xlsx')),
  ]);
});
afterAll(() => cleanup());

describe('smartcities score', () => {
  it('scores our layout (CSV units + framework) under a scenario', async () => {
    const { code, stdout } = await runCli([
      'score',
      '--data',
      file('units.csv'),
      '--framework',
      file('framework.csv'),
      '--normalisation',
      'min-max',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const { provenance, rows } = JSON.parse(stdout);
    expect(provenance).toMatchObject({ edition: 'units', dataVersion: '0' });
    expect(rows.map((r: { city: string }) => r.city)).toEqual(['alpha', 'beta', 'gamma']);
    expect(rows[0]).toMatchObject({ rank: 1, name: 'Alpha City', score: 100 });
    expect(rows[0].pillars.environment).toEqual({ score: 100, rank: 1 });
    expect(rows[2].pillars.environment).toEqual({ score: 0, rank: 3 });
    expect(rows[1].score).toBeCloseTo(39.1414, 4);
  });

  it('reads an XLSX workbook with units and framework sheets the same way', async () => {
    const csv = await runCli([
      'score',
      '--data',
      file('units.csv'),
      '--framework',
      file('framework.csv'),
      '--normalisation',
      'min-max',
      '--format',
      'csv',
    ]);
    const xlsx = await runCli([
      'score',
      '--data',
      file('index.xlsx'),
      '--normalisation',
      'min-max',
      '--format',
      'csv',
    ]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toBe(csv.stdout);
    expect(xlsx.stdout.split('\r\n')[0]).toBe(
      'rank,city,name,score,tier,digital,digital_rank,environment,environment_rank,broadband,broadband_rank,patents,patents_rank,co2,co2_rank,flags',
    );
  });

  it("scores COINr's iData/iMeta pair", async () => {
    const { code, stdout } = await runCli([
      'score',
      '--idata',
      file('iData.csv'),
      '--imeta',
      file('iMeta.csv'),
      '--normalisation',
      'min-max',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Demo index: ranking\n\nRank\s+City\s+Score\s+Tier\s+Conn\s+Sust\n/);
    expect(stdout).toMatch(/\n\s+1\s+Austria\s+100\.0/);
  });

  it('warns on standard error when as-published (the default) meets values outside 0-100', async () => {
    const data = ['score', '--data', file('units.csv'), '--framework', file('framework.csv')];
    const { code, stdout, stderr } = await runCli(data);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Demo index: ranking\n/);
    const [scored, group, ...rest] = stderr.split('\n');
    expect([scored, group]).toEqual([
      `columns: ${file('units.csv')}: 3 columns scored as indicators: broadband, patents, co2`,
      `columns: ${file('units.csv')}, column "group": group, kept (a well-known name)`,
    ]);
    expect(rest.join('\n')).toBe(
      [
        'warning: --normalisation as-published (the default) takes values already on a 0-100 scale,',
        'but 1 of 9 values lie outside it (from 4.1 to 120; first: alpha, patents = 120),',
        'so these scores mean little; normalise them instead, e.g. --normalisation min-max',
        '(or z-score, percentile-rank, goalposts: see smartcities score --help)',
        '',
      ].join('\n'),
    );
    const normalised = await runCli([...data, '--normalisation', 'min-max']);
    expect([normalised.code, normalised.stderr]).toEqual([0, `${scored}\n${group}\n`]);
  });

  it('lists every problem of a bad data file as file:row:column, exits 2 and writes nothing', async () => {
    const out = file('never.json');
    const { code, stdout, stderr } = await runCli([
      'score',
      '--data',
      file('bad.csv'),
      '--framework',
      file('framework.csv'),
      '--out',
      out,
    ]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('score: the data has 2 problems; nothing was written');
    expect(stderr).toContain(`${file('bad.csv')}:2:patents: "lots" is not a number`);
    expect(stderr).toContain(`${file('bad.csv')}:4:id: unit id "alpha" is already used (row 2)`);
    expect(await readdir(dir)).not.toContain('never.json');
  });

  it.each([
    [
      ['score'],
      'score: give --data FILE [--framework FILE] (our layout) or --idata FILE --imeta FILE (COINr), not both or neither',
    ],
    [['score', '--idata', 'iData.csv'], 'score: --imeta FILE is missing'],
    [['score', '--data', 'missing.csv'], '--data missing.csv: no such file'],
  ])('rejects %j', async (args, message) => {
    const { code, stderr } = await runCli(args, { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
