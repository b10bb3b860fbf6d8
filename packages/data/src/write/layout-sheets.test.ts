import { describe, expect, it } from 'vitest';
import { edition2020 } from '../editions/2020/index.ts';
import { loadDataset } from '../load/index.ts';
import { toCsv } from './csv.ts';
import { layoutSheets } from './layout-sheets.ts';
import { toXlsx } from './xlsx.ts';

const dataset = edition2020.dataset;
const same = (loaded: typeof dataset) => {
  expect(loaded.units.map((u) => [u.id, u.name])).toEqual(dataset.units.map((u) => [u.id, u.name]));
  expect(loaded.values).toEqual(dataset.values);
  const shape = (nodes: typeof dataset.framework) =>
    nodes.map(({ id, parent, type, weight, direction, name }) => ({
      id,
      parent,
      type,
      weight,
      direction,
      name,
    }));
  expect(shape(loaded.framework)).toEqual(shape(dataset.framework));
};

describe('layoutSheets()', () => {
  it('puts one column per indicator after id and name, and the framework beside', () => {
    const [units, framework] = layoutSheets(dataset);
    const indicators = dataset.framework.filter((n) => n.type === 'indicator').length;
    expect(units.columns!.slice(0, 2)).toEqual(['id', 'name']);
    expect(units.columns).toHaveLength(2 + indicators + (units.columns!.includes('group') ? 1 : 0));
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
