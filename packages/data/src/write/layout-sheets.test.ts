import { describe, expect, it } from 'vitest';
import { edition2020 } from '../editions/2020/index.ts';
import { loadDataset } from '../load/index.ts';
import { toCsv } from './csv.ts';
import { layoutSheets } from './layout-sheets.ts';
import { toXlsx } from './xlsx.ts';

const dataset = edition2020.dataset;
/** The same units (with group and meta), framework (with meta) and values as the edition. */
const same = (loaded: typeof dataset) => {
  expect(loaded.units).toEqual(dataset.units);
  expect(loaded.framework).toEqual(dataset.framework);
  expect(loaded.values).toEqual(dataset.values);
};

describe('layoutSheets()', () => {
  it('puts one column per indicator after id and name, and the framework beside', () => {
    const [units, framework] = layoutSheets(dataset);
    const indicators = dataset.framework.filter((n) => n.type === 'indicator').length;
    expect(units.columns!.slice(0, 2)).toEqual(['id', 'name']);
    expect(units.columns!.slice(2, 7)).toEqual(['group', 'nameZh', 'country', 'lat', 'lon']);
    expect(units.columns).toHaveLength(7 + indicators);
    expect(units.rows).toHaveLength(dataset.units.length);
    expect(framework.rows).toHaveLength(dataset.framework.length);
  });

  it('written as XLSX, loads back to the same dataset', async () => {
    const bytes = await toXlsx(layoutSheets(dataset));
    const loaded = await loadDataset({ units: { name: 'template.xlsx', bytes } });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
    same(loaded.dataset);
  });

  it('written as two CSV files, loads back to the same dataset', async () => {
    const [units, framework] = layoutSheets(dataset);
    const loaded = await loadDataset({
      units: { name: 'units.csv', text: toCsv(units.rows, units.columns) },
      framework: { name: 'framework.csv', text: toCsv(framework.rows, framework.columns) },
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
    same(loaded.dataset);
  });
});
