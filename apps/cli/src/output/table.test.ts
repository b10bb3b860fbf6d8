import { describe, expect, it } from 'vitest';
import { painter } from './colors.ts';
import { renderCsv } from './csv.ts';
import { renderJson } from './json.ts';
import { formatTable } from './table.ts';
import { table } from './view.ts';

const rows = [
  { city: 'london', name: 'London', score: 100, change: null },
  { city: 'rio', name: 'Rio, "RJ"', score: 58.654, change: -2 },
];
const t = table({
  title: 'Ranking',
  columns: [
    { key: 'city', header: 'id', only: 'csv' },
    { key: 'name', header: 'City' },
    { key: 'score', header: 'Score', align: 'right', show: (v) => Number(v).toFixed(1) },
    { key: 'change', header: 'Change', align: 'right', tone: (v) => (v === -2 ? 'red' : undefined) },
  ],
  rows,
});

describe('output formats', () => {
  it('aligns table columns (numbers right), shows missing as "–" and skips CSV-only columns', async () => {
    expect(formatTable(t, await painter(false))).toBe(
      ['Ranking', 'City       Score  Change', 'London     100.0       –', 'Rio, "RJ"   58.7      -2'].join(
        '\n',
      ),
    );
  });

  it('pads before colouring so that colour never shifts columns', async () => {
    const coloured = formatTable(t, await painter(true)).split('\n');
    expect(coloured[3]).toContain('\u001B[31m    -2\u001B[39m');
  });

  it('writes CSV with keys, unrounded values, quoting and empty missing cells', () => {
    expect(renderCsv({ json: null, blocks: ['intro', t] })).toBe(
      'city,name,score,change\r\nlondon,London,100,\r\nrio,"Rio, ""RJ""",58.654,-2\r\n',
    );
  });

  it('writes JSON with typed arrays as arrays and NaN as null', () => {
    expect(renderJson({ a: Float64Array.of(1, Number.NaN), b: Number.POSITIVE_INFINITY })).toBe(
      '{\n  "a": [\n    1,\n    null\n  ],\n  "b": null\n}\n',
    );
  });
});
