import { describe, expect, it } from 'vitest';
import { csv, fixture, placesOf, problemsOf } from '../../test/fixtures.ts';
import { datasetSchema } from '../schema/index.ts';
import { loadDataset } from './load-dataset.ts';

const header = 'id,name,type,parent,weight,direction';
const framework = (...rows: string[]) => csv('framework.csv', header, ...rows);
const goodFramework = framework(
  'index,Index,aggregate,,1,1',
  'a,A,indicator,index,1,1',
  'b,B,indicator,index,1,-1',
);
const units = (...rows: string[]) => csv('units.csv', 'id,name,a,b', ...rows);
const goodUnits = units('x,X,1,2', 'y,Y,3,4');

describe('loadDataset, our layout', () => {
  it('loads a units and a framework CSV with every value, missing cells as null', async () => {
    const result = await loadDataset({
      units: fixture('ours/units.csv'),
      framework: fixture('ours/framework.csv'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
    expect(result.dataset.values).toEqual({
      alpha: { broadband: 92.5, patents: 120, co2: 4.1 },
      beta: { broadband: 78, patents: 95, co2: null },
      gamma: { broadband: 88.25, patents: null, co2: 6.3 },
    });
    expect(result.dataset.units[1]).toEqual({ id: 'beta', name: 'Beta, Port', group: 'south' });
    expect(result.dataset.framework.find((node) => node.id === 'co2')).toEqual({
      id: 'co2',
      name: 'CO2 per capita',
      type: 'indicator',
      parent: 'environment',
      weight: 1,
      direction: -1,
      meta: { unit: 't' },
    });
    expect(result.dataset.edition).toMatchObject({ id: 'units', version: '0' });
    expect(result.warnings).toEqual([]);
  });

  it('gives the same content the same hash, and different content another', async () => {
    const first = await loadDataset({ units: goodUnits, framework: goodFramework });
    const again = await loadDataset({
      units: goodUnits,
      framework: goodFramework,
      edition: { id: 'mine', version: '2' },
    });
    const other = await loadDataset({ units: units('x,X,1,2', 'y,Y,3,5'), framework: goodFramework });
    const hash = (result: typeof first) => (result.ok ? result.dataset.edition.hash : '');
    expect(hash(again)).toBe(hash(first));
    expect(hash(other)).not.toBe(hash(first));
    expect(again.ok && again.dataset.edition).toMatchObject({ id: 'mine', version: '2' });
  });

  it('reads semicolon CSV with a BOM, decimal commas and quoted fields', async () => {
    const text = '\uFEFFid;name;a;b\nx;"X; the first";1,5;2\ny;Y;;-0,25\n';
    const result = await loadDataset({ units: { name: 'units.csv', text }, framework: goodFramework });
    expect(result.ok && result.dataset.values).toEqual({ x: { a: 1.5, b: 2 }, y: { a: null, b: -0.25 } });
    expect(result.ok && result.dataset.units[0]?.name).toBe('X; the first');
  });

  it('reads the same CSV from UTF-8 bytes with a BOM', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('id,name,a,b\nx,Zürich,1,2\n'),
    ]);
    const result = await loadDataset({ units: { name: 'units.csv', bytes }, framework: goodFramework });
    expect(result.ok && result.dataset.units).toEqual([{ id: 'x', name: 'Zürich' }]);
  });
});

describe('loadDataset, bad input', () => {
  it('names the file, row and column of a non-numeric value', async () => {
    const result = await loadDataset({
      units: units('x,X,1,2', 'y,Y,none,4', 'z,Z,5,12%'),
      framework: goodFramework,
    });
    expect(placesOf(result)).toEqual([
      { code: 'not-a-number', file: 'units.csv', row: 3, column: 'a' },
      { code: 'not-a-number', file: 'units.csv', row: 4, column: 'b' },
    ]);
    expect(problemsOf(result)[0]?.message).toBe('"none" is not a number');
  });

  it('flags duplicate unit ids and duplicate node ids', async () => {
    const result = await loadDataset({
      units: units('x,X,1,2', 'x,Again,3,4'),
      framework: framework(
        'index,Index,aggregate,,1,1',
        'a,A,indicator,index,1,1',
        'b,B,indicator,index,1,1',
        'a,A2,indicator,index,1,1',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'duplicate-id', file: 'framework.csv', row: 5, column: 'id' },
      { code: 'duplicate-id', file: 'units.csv', row: 3, column: 'id' },
    ]);
  });

  it('flags an indicator of the framework without a column (a column the framework does not name is never read in its place)', async () => {
    const result = await loadDataset({
      units: csv('units.csv', 'id,name,a,gdp,index', 'x,X,1,2,3'),
      framework: goodFramework,
    });
    expect(placesOf(result)).toEqual([{ code: 'missing-column', file: 'units.csv', row: 1, column: 'b' }]);
  });

  it('flags a parent that is not in the framework and a parent that is an indicator', async () => {
    const result = await loadDataset({
      units: goodUnits,
      framework: framework('index,Index,aggregate,,1,1', 'a,A,indicator,pillar,1,1', 'b,B,indicator,a,1,1'),
    });
    expect(placesOf(result)).toEqual([
      { code: 'unknown-parent', file: 'framework.csv', row: 3, column: 'parent' },
      { code: 'indicator-parent', file: 'framework.csv', row: 4, column: 'parent' },
      { code: 'childless-aggregate', file: 'framework.csv', row: 2, column: 'id' },
    ]);
  });

  it('flags missing required columns in both tables', async () => {
    const result = await loadDataset({
      units: csv('units.csv', 'id,a,b', 'x,1,2'),
      framework: csv('framework.csv', 'id,name,type,parent,direction', 'index,Index,aggregate,,1'),
    });
    expect(placesOf(result)).toEqual([
      { code: 'missing-column', file: 'units.csv', row: 1, column: 'name' },
      { code: 'missing-column', file: 'framework.csv', row: 1, column: 'weight' },
    ]);
  });

  it('flags zero, negative and non-numeric weights', async () => {
    const result = await loadDataset({
      units: csv('units.csv', 'id,name,a,b,c', 'x,X,1,2,3'),
      framework: framework(
        'index,Index,aggregate,,1,1',
        'a,A,indicator,index,0,1',
        'b,B,indicator,index,-2,1',
        'c,C,indicator,index,heavy,1',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'non-positive-weight', file: 'framework.csv', row: 3, column: 'weight' },
      { code: 'non-positive-weight', file: 'framework.csv', row: 4, column: 'weight' },
      { code: 'not-a-number', file: 'framework.csv', row: 5, column: 'weight' },
    ]);
  });

  it('flags a direction other than 1 or -1, and a type other than indicator or aggregate', async () => {
    const result = await loadDataset({
      units: goodUnits,
      framework: framework(
        'index,Index,aggregate,,1,1',
        'a,A,indicator,index,1,2',
        'b,B,indikator,index,1,-1',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'bad-direction', file: 'framework.csv', row: 3, column: 'direction' },
      { code: 'bad-type', file: 'framework.csv', row: 4, column: 'type' },
    ]);
    expect(problemsOf(result)[0]?.message).toBe('direction "2" must be 1 or -1');
  });

  it('flags a cycle in the hierarchy once, naming the loop', async () => {
    const result = await loadDataset({
      units: goodUnits,
      framework: framework(
        'index,Index,aggregate,,1,1',
        'p,P,aggregate,q,1,1',
        'q,Q,aggregate,p,1,1',
        'a,A,indicator,p,1,1',
        'b,B,indicator,index,1,1',
      ),
    });
    expect(placesOf(result)).toEqual([{ code: 'cycle', file: 'framework.csv', row: 3, column: 'parent' }]);
    expect(problemsOf(result)[0]?.message).toBe('the parents loop: p → q → p');
  });

  it('flags an indicator without a parent (an orphan), several roots, and no root at all', async () => {
    const several = await loadDataset({
      units: goodUnits,
      framework: framework(
        'index,Index,aggregate,,1,1',
        'other,Other,aggregate,,1,1',
        'a,A,indicator,index,1,1',
        'b,B,indicator,,1,1',
        'c,C,indicator,other,1,1',
      ),
    });
    expect(placesOf(several)).toEqual([
      { code: 'orphan', file: 'framework.csv', row: 5, column: 'parent' },
      { code: 'multiple-roots', file: 'framework.csv', row: 3, column: 'parent' },
      { code: 'missing-column', file: 'units.csv', row: 1, column: 'c' },
    ]);
    const none = await loadDataset({
      units: goodUnits,
      framework: framework('a,A,indicator,b,1,1', 'b,B,indicator,a,1,1'),
    });
    expect(placesOf(none)).toContainEqual({
      code: 'no-root',
      file: 'framework.csv',
      row: null,
      column: null,
    });
  });

  it('flags an aggregate without children', async () => {
    const result = await loadDataset({
      units: goodUnits,
      framework: framework(
        'index,Index,aggregate,,1,1',
        'empty,Empty,aggregate,index,1,1',
        'a,A,indicator,index,1,1',
        'b,B,indicator,index,1,1',
      ),
    });
    expect(placesOf(result)).toEqual([
      { code: 'childless-aggregate', file: 'framework.csv', row: 3, column: 'id' },
    ]);
  });

  it('returns every problem of both files at once, and no dataset', async () => {
    const result = await loadDataset({
      units: units('x,X,1,two', 'x,X2,3,4', ',Nameless,5,6'),
      framework: framework(
        'index,Index,aggregate,,1,1',
        'a,A,indicator,index,-1,1',
        'b,B,indicator,nowhere,1,3',
      ),
    });
    expect(result.ok).toBe(false);
    expect(placesOf(result)).toEqual([
      { code: 'non-positive-weight', file: 'framework.csv', row: 3, column: 'weight' },
      { code: 'bad-direction', file: 'framework.csv', row: 4, column: 'direction' },
      { code: 'not-a-number', file: 'units.csv', row: 2, column: 'b' },
      { code: 'duplicate-id', file: 'units.csv', row: 3, column: 'id' },
      { code: 'missing-value', file: 'units.csv', row: 4, column: 'id' },
    ]);
  });

  it('reports an empty units table and an unreadable call instead of throwing', async () => {
    expect(
      placesOf(await loadDataset({ units: csv('units.csv', 'id,name,a,b'), framework: goodFramework })),
    ).toEqual([{ code: 'empty-table', file: 'units.csv', row: null, column: null }]);
    const both = await loadDataset({ units: { name: 'u.csv', text: 'id', bytes: new Uint8Array() } });
    expect(placesOf(both)).toEqual([{ code: 'bad-source', file: '', row: null, column: null }]);
  });
});

describe('loadDataset without a framework', () => {
  it('builds one from plain columns: every indicator weighted 1 under one index, with a warning', async () => {
    const result = await loadDataset({ units: goodUnits });
    if (!result.ok) throw new Error('expected a dataset');
    expect(
      result.dataset.framework.map(({ id, type, parent, weight }) => [id, type, parent, weight]),
    ).toEqual([
      ['index', 'aggregate', null, 1],
      ['a', 'indicator', 'index', 1],
      ['b', 'indicator', 'index', 1],
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['default-framework']);
  });

  it('nests pillar/indicator columns under their pillar and keys values by indicator', async () => {
    const result = await loadDataset({
      units: csv('units.csv', 'id,name,econ/gdp,econ/jobs,env/air', 'x,X,1,2,3'),
    });
    if (!result.ok) throw new Error('expected a dataset');
    expect(result.dataset.framework.map(({ id, parent }) => [id, parent])).toEqual([
      ['index', null],
      ['econ', 'index'],
      ['gdp', 'econ'],
      ['jobs', 'econ'],
      ['env', 'index'],
      ['air', 'env'],
    ]);
    expect(result.dataset.values).toEqual({ x: { gdp: 1, jobs: 2, air: 3 } });
  });

  it('flags the same indicator under two pillars', async () => {
    const result = await loadDataset({ units: csv('units.csv', 'id,name,econ/gdp,env/gdp', 'x,X,1,2') });
    expect(placesOf(result)).toEqual([
      { code: 'duplicate-id', file: 'units.csv', row: 1, column: 'env/gdp' },
    ]);
  });
});
