import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.ts';

const framework = [
  { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
  { id: 'a', name: 'A', type: 'indicator', parent: 'index', weight: 2, direction: 1 },
  { id: 'b', name: 'B', type: 'indicator', parent: 'index', weight: 1, direction: -1 },
];
const json = (document: unknown) => ({ name: 'dataset.json', text: JSON.stringify(document, null, 2) });
const places = (result: Awaited<ReturnType<typeof loadDataset>>) =>
  result.ok ? [] : result.problems.map(({ code, row, column, field }) => ({ code, row, column, field }));

describe('loadDataset from JSON', () => {
  it('reads {units, framework, values}', async () => {
    const document = {
      units: [
        { id: 'x', name: 'X', group: 'g' },
        { id: 'y', name: 'Y' },
      ],
      framework,
      values: { x: { a: 1, b: 2 }, y: { a: null, b: 4 } },
    };
    const result = await loadDataset({ units: json(document) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.values).toEqual({ x: { a: 1, b: 2 }, y: { a: null, b: 4 } });
    expect(result.dataset.units).toEqual([
      { id: 'x', name: 'X', group: 'g' },
      { id: 'y', name: 'Y' },
    ]);
    expect(result.dataset.framework.map((node) => [node.id, node.weight, node.direction])).toEqual([
      ['index', 1, 1],
      ['a', 2, 1],
      ['b', 1, -1],
    ]);
  });

  it('reads units rows that carry their own indicator values', async () => {
    const result = await loadDataset({
      units: json({ units: [{ id: 'x', name: 'X', a: 1.5, b: '2' }], framework }),
    });
    expect(result.ok && result.dataset.values).toEqual({ x: { a: 1.5, b: 2 } });
  });

  it('points problems at the JSON field and the element position', async () => {
    const result = await loadDataset({
      units: json({
        units: [{ id: 'x', name: 'X' }],
        framework,
        values: { x: { a: 'high', b: 1 }, z: { a: 1 } },
      }),
    });
    expect(places(result)).toEqual([
      { code: 'unknown-unit', row: null, column: null, field: '/values/z' },
      { code: 'not-a-number', row: 1, column: 'a', field: '/values/x/a' },
    ]);
  });

  it('reports invalid JSON with the line of the error', async () => {
    const result = await loadDataset({
      units: { name: 'dataset.json', text: '{\n  "units": [\n    {"id": "x",}\n  ]\n}' },
    });
    expect(places(result)).toEqual([{ code: 'parse-error', row: 3, column: null, field: undefined }]);
  });

  it('reports a framework row in a bad place with its field path', async () => {
    const broken = [...framework.slice(0, 2), { ...framework[2], weight: -1 }];
    const result = await loadDataset({
      units: json({ units: [{ id: 'x', name: 'X', a: 1, b: 2 }], framework: broken }),
    });
    expect(places(result)).toEqual([
      { code: 'non-positive-weight', row: 3, column: 'weight', field: '/framework/2/weight' },
    ]);
  });
});
