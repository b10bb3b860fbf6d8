import { describe, expect, it } from 'vitest';
import { csv, makeWorkbook, placesOf } from '../../test/fixtures.ts';
import { loadDataset } from './load-dataset.ts';

const framework = csv(
  'framework.csv',
  'id,name,type,parent,weight,direction',
  'index,Index,aggregate,,1,1',
  'a,A,indicator,index,1,1',
);

describe('a ranking is not a dataset', () => {
  it.each([
    ['CSV', { name: 'ranking.csv', text: 'rank,city,name,score,tier\n1,x,X,100,leading\n' }],
    [
      'JSON rows',
      { name: 'ranking.json', text: '{"provenance":{},"rows":[{"rank":1,"city":"x","score":100}]}' },
    ],
  ])('%s: refused as not-a-dataset, naming the file', async (_kind, units) => {
    expect(placesOf(await loadDataset({ units }))).toEqual([
      { code: 'not-a-dataset', file: units.name, row: null, column: null },
    ]);
  });

  it('a units table with an id column and a score column is still a dataset', async () => {
    const result = await loadDataset({
      units: csv('u.csv', 'id,name,city,rank,score,a', 'x,X,c,1,5,2'),
      framework,
    });
    expect(result.ok && result.columns.map((c) => `${c.column}:${c.role}`)).toEqual([
      'id:id',
      'name:name',
      'city:meta',
      'rank:result',
      'score:result',
      'a:indicator',
    ]);
  });
});

describe('metadata beside the data is skipped by rule', () => {
  it('an XLSX reads only its units and framework sheets (a source sheet is never read)', async () => {
    const bytes = await makeWorkbook({
      units: [
        ['id', 'name', 'a'],
        ['x', 'X', 1],
        ['y', 'Y', 2],
      ],
      framework: [
        ['id', 'name', 'type', 'parent', 'weight', 'direction'],
        ['index', 'I', 'aggregate', null, 1, 1],
        ['a', 'A', 'indicator', 'index', 1, 1],
      ],
      source: [
        ['field', 'value'],
        ['source', 'Global Smart Cities 2020'],
        ['rank', 'not a number'],
      ],
    });
    const result = await loadDataset({ units: { name: 'book.xlsx', bytes } });
    expect(result.ok && result.dataset.values).toEqual({ x: { a: 1 }, y: { a: 2 } });
  });

  it('a JSON document reads only units, framework and values (a source member is never read)', async () => {
    const text = JSON.stringify({
      source: { line: 'Source: …', rows: [{ id: 'x' }] },
      units: [
        { id: 'x', name: 'X', a: 1 },
        { id: 'y', name: 'Y', a: 3 },
      ],
    });
    const result = await loadDataset({ units: { name: 'doc.json', text } });
    expect(result.ok && result.dataset.values).toEqual({ x: { a: 1 }, y: { a: 3 } });
  });
});
