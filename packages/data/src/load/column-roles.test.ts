import { describe, expect, it } from 'vitest';
import { csv, fixture, placesOf } from '../../test/fixtures.ts';
import { columnLines, describeColumn, type ColumnReport } from './column-role.ts';
import { loadCoinr } from './load-coinr.ts';
import { loadDataset } from './load-dataset.ts';
import type { LoadResult } from './load-result.ts';

const rolesOf = (result: LoadResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return Object.fromEntries(result.columns.map((c) => [c.column, `${c.role} (${c.reason})`]));
};
const fwHeader = 'id,name,type,parent,weight,direction';

describe('column roles without a framework', () => {
  const units = csv(
    'towns.csv',
    'id,name,region,lat,Longitude,iso3,population,mayor,Group_income,x_area,gdp,broadband',
    'a,Alpha,North,51.5,-0.1,GBR,9000,Ann,high,12,30,80',
    'b,Beta,South,48.9,2.35,FRA,2100,Bob,mid,NA,25,70',
    'c,Gamma,North,40.4,-3.7,ESP,3300,Cy,mid,6,,90',
  );

  it('scores only numeric columns declared as nothing else, and says why each other column was set aside', async () => {
    const result = await loadDataset({ units });
    expect(rolesOf(result)).toEqual({
      id: 'id (layout)',
      name: 'name (layout)',
      region: 'group (known-name)',
      lat: 'coordinate (known-name)',
      Longitude: 'coordinate (known-name)',
      iso3: 'code (known-name)',
      population: 'meta (known-name)',
      mayor: 'meta (text)',
      Group_income: 'group (declared)',
      x_area: 'meta (declared)',
      gdp: 'indicator (numeric)',
      broadband: 'indicator (numeric)',
    });
    if (!result.ok) return;
    expect(result.dataset.framework.filter((n) => n.type === 'indicator').map((n) => n.id)).toEqual([
      'gdp',
      'broadband',
    ]);
    expect(result.dataset.values.c).toEqual({ gdp: null, broadband: 90 });
    expect(result.dataset.units[0]).toEqual({
      id: 'a',
      name: 'Alpha',
      group: 'North',
      meta: {
        Group_income: 'high',
        lat: 51.5,
        Longitude: -0.1,
        iso3: 'GBR',
        population: 9000,
        mayor: 'Ann',
        x_area: 12,
      },
    });
  });

  it('fails a column that mixes numbers and text, naming the cell and the column', async () => {
    const result = await loadDataset({ units: csv('m.csv', 'id,name,alpha', 'a,A,1', 'b,B,abc', 'c,C,4') });
    expect(placesOf(result)).toEqual([
      { code: 'not-a-number', file: 'm.csv', row: 3, column: 'alpha' },
      { code: 'ambiguous-column', file: 'm.csv', row: 1, column: 'alpha' },
    ]);
  });

  it('takes a column named group as the unit group before any other group column', async () => {
    const result = await loadDataset({
      units: csv('g.csv', 'id,name,region,group,a', 'x,X,North,g1,1', 'y,Y,South,g2,2'),
    });
    expect(result.ok && result.dataset.units[0]).toEqual({
      id: 'x',
      name: 'X',
      group: 'g1',
      meta: { region: 'North' },
    });
  });
});

describe('column roles with a framework', () => {
  const framework = csv(
    'framework.csv',
    fwHeader,
    'index,Index,aggregate,,1,1',
    'population,Population,indicator,index,1,1',
    'gdp,GDP,indicator,index,1,1',
    'district,District,group,,,',
    'ward,Ward,coordinate,,,',
  );
  const units = csv(
    'units.csv',
    'id,name,district,ward,population,gdp,lat,extra,index',
    'a,A,East,7,100,3,51,5,99',
    'b,B,West,8,200,4,52,6,98',
  );

  it('scores only what the framework names as indicators; its declared rows, well-known names and anything else are kept aside', async () => {
    const result = await loadDataset({ units, framework });
    expect(rolesOf(result)).toEqual({
      id: 'id (layout)',
      name: 'name (layout)',
      district: 'group (declared)',
      ward: 'coordinate (declared)',
      population: 'indicator (framework)',
      gdp: 'indicator (framework)',
      lat: 'coordinate (known-name)',
      extra: 'meta (not-in-framework)',
      index: 'result (aggregate)',
    });
    if (!result.ok) return;
    expect(result.dataset.values.a).toEqual({ population: 100, gdp: 3 });
    expect(result.dataset.units[1]).toEqual({
      id: 'b',
      name: 'B',
      group: 'West',
      meta: { ward: 8, lat: 52, extra: 6 },
    });
    expect(result.columns.find((c) => c.column === 'gdp')?.indicator).toBe('gdp');
  });
});

describe("COINr's ASEM example", () => {
  const iData = fixture('asem/asem_iData.csv');
  const iMeta = fixture('asem/asem_iMeta.csv');
  const setAside = (columns: readonly ColumnReport[]) =>
    columns.filter((c) => c.role !== 'indicator').map((c) => `${c.column}: ${c.role}`);

  it('through the COINr loader: groups, time and denominators set aside, the 49 indicators scored', async () => {
    const result = await loadCoinr({ iData, iMeta });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(setAside(result.columns)).toEqual([
      'uName: name',
      'uCode: id',
      'GDP_group: group',
      'GDPpc_group: group',
      'Pop_group: group',
      'EurAsia_group: group',
      'Time: meta',
      'Area: meta',
      'Energy: meta',
      'GDP: meta',
      'Population: meta',
    ]);
    expect(result.columns.filter((c) => c.role === 'indicator')).toHaveLength(49);
    expect(result.dataset.units[0]?.meta).toMatchObject({ GDP_group: 'L', Population: 8735.453 });
  });

  it('as a plain units table: groups, time and population recognised by name; the other numbers scored, each told', async () => {
    const result = await loadDataset({ units: iData });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(setAside(result.columns)).toEqual([
      'uName: name',
      'uCode: id',
      'GDP_group: group',
      'GDPpc_group: group',
      'Pop_group: group',
      'EurAsia_group: group',
      'Time: meta',
      'Population: meta',
    ]);
    const scored = result.columns.filter((c) => c.role === 'indicator');
    expect(scored.slice(0, 3).map((c) => `${c.column} (${c.reason})`)).toEqual([
      'Area (numeric)',
      'Energy (numeric)',
      'GDP (numeric)',
    ]);
    expect(result.dataset.units[0]).toMatchObject({ id: 'AUT', name: 'Austria', group: 'L' });
  });
});

describe('describeColumn', () => {
  it.each([
    [
      { file: 'u.csv', column: 'lon', role: 'coordinate', reason: 'known-name' },
      'u.csv, column "lon": coordinate, kept, not scored (a well-known name)',
    ],
    [
      { file: 'b.xlsx', sheet: 'units', column: 'gdp', role: 'indicator', reason: 'numeric' },
      'b.xlsx [units], column "gdp": indicator, scored (numbers, and declared as nothing else)',
    ],
  ] as const)('%j', (report, line) => expect(describeColumn(report)).toBe(line));
});

describe('columnLines', () => {
  it('names the scored columns, then each column set aside with its reason', async () => {
    const result = await loadDataset({ units: csv('u.csv', 'id,name,lat,gdp', 'a,A,51,3', 'b,B,52,4') });
    expect(result.ok && columnLines(result.columns)).toEqual([
      'u.csv: 1 column scored as indicators: gdp',
      'u.csv, column "lat": coordinate, kept, not scored (a well-known name)',
    ]);
  });
});
