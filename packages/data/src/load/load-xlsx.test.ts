import { describe, expect, it } from 'vitest';
import { binaryFixture, makeWorkbook, placesOf, smallWorkbook } from '../../test/fixtures.ts';
import { loadCoinr } from './load-coinr.ts';
import { loadDataset } from './load-dataset.ts';

const expectedValues = {
  north: { speed: 12.5, price: 3 },
  south: { speed: 7.25, price: null },
  east: { speed: 9, price: 4.5 },
};

describe('loadDataset from XLSX', () => {
  it('loads a workbook with units and framework sheets written by exceljs', async () => {
    const bytes = await makeWorkbook(smallWorkbook);
    const result = await loadDataset({ units: { name: 'small.xlsx', bytes } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.values).toEqual(expectedValues);
    expect(result.dataset.units.map((unit) => [unit.id, unit.name, unit.group])).toEqual([
      ['north', 'North Town', 'A'],
      ['south', 'South Town', 'B'],
      ['east', 'East Town', 'A'],
    ]);
    expect(result.dataset.framework.map((node) => [node.id, node.weight, node.direction])).toEqual([
      ['index', 1, 1],
      ['speed', 2, 1],
      ['price', 1, -1],
    ]);
  });

  it('loads the committed fixture test/fixtures/small.xlsx to the same dataset, from an ArrayBuffer too', async () => {
    const source = binaryFixture('small.xlsx');
    const fromBytes = await loadDataset({ units: source });
    const view = source.bytes as Uint8Array;
    const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
    const fromBuffer = await loadDataset({ units: { name: 'small.xlsx', bytes: buffer } });
    const generated = await loadDataset({
      units: { name: 'small.xlsx', bytes: await makeWorkbook(smallWorkbook) },
    });
    expect(fromBytes.ok && fromBytes.dataset.values).toEqual(expectedValues);
    expect(fromBuffer).toEqual(fromBytes);
    expect(fromBytes.ok && fromBytes.dataset.edition.hash).toBe(
      generated.ok && generated.dataset.edition.hash,
    );
  });

  it('names the sheet and the sheet row of a bad cell', async () => {
    const rows = (smallWorkbook.units ?? []).map((row) =>
      row[0] === 'south' ? ['south', 'South Town', 'B', 'fast', 1] : row,
    );
    const bytes = await makeWorkbook({ ...smallWorkbook, units: [[], ...rows] });
    const result = await loadDataset({ units: { name: 'book.xlsx', bytes } });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'not-a-number',
        message: '"fast" is not a number',
        file: 'book.xlsx',
        sheet: 'units',
        row: 4,
        column: 'speed',
      },
    ]);
  });

  it('reports a missing units sheet, and a file that is not a workbook', async () => {
    const bytes = await makeWorkbook({ data: [['id'], ['x']], other: [['a'], [1]] });
    expect(placesOf(await loadDataset({ units: { name: 'book.xlsx', bytes } }))).toEqual([
      { code: 'missing-sheet', file: 'book.xlsx', row: null, column: null },
    ]);
    const garbage = await loadDataset({ units: { name: 'book.xlsx', bytes: new Uint8Array([1, 2, 3, 4]) } });
    expect(placesOf(garbage)).toEqual([{ code: 'parse-error', file: 'book.xlsx', row: null, column: null }]);
  });

  it('reads a COINr workbook with iData and iMeta sheets', async () => {
    const bytes = await makeWorkbook({
      iData: [
        ['uCode', 'uName', 'a', 'b'],
        ['X', 'Ex', 1, 'NA'],
        ['Y', 'Why', 2.5, 3],
      ],
      iMeta: [
        ['iCode', 'iName', 'Level', 'Parent', 'Direction', 'Weight', 'Type'],
        ['a', 'A', 1, 'Index', 1, 1, 'Indicator'],
        ['b', 'B', 1, 'Index', -1, 2, 'Indicator'],
        ['Index', 'Index', 2, null, null, null, 'Aggregate'],
      ],
    });
    const viaDataset = await loadDataset({ units: { name: 'coin.xlsx', bytes } });
    const viaCoinr = await loadCoinr({
      iData: { name: 'coin.xlsx', bytes },
      iMeta: { name: 'coin.xlsx', bytes },
    });
    expect(viaDataset.ok && viaDataset.dataset.values).toEqual({ X: { a: 1, b: null }, Y: { a: 2.5, b: 3 } });
    expect(viaCoinr.ok && viaCoinr.dataset.values).toEqual({ X: { a: 1, b: null }, Y: { a: 2.5, b: 3 } });
  });
});
