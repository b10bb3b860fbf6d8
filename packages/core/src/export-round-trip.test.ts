import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { loadDataset, type LoadSource } from '@smartcities/data/load';
import { toCsv, toXlsx } from '@smartcities/data/write';
import { exportDocument, exportSheets } from './export.ts';
import { levelRows } from './level-rows.ts';
import { flatRankingRow, rankingRows } from './rows.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';

const scenarios = [
  defineScenario({}),
  defineScenario({ aggregation: { method: 'geometric' }, weights: { economy: 2 } }),
];

/** The dataset export in each format, as the CLI's `export` and the explorer's /data write it. */
async function exported(format: 'json' | 'csv' | 'xlsx'): Promise<LoadSource> {
  const result = score(edition2020.dataset);
  if (format === 'json')
    return {
      name: 'smartcities-2020.json',
      text: JSON.stringify(exportDocument(edition2020, result), null, 2),
    };
  const sheets = exportSheets(edition2020, result);
  if (format === 'csv') return { name: 'results.csv', text: toCsv(sheets[0]!.rows) };
  return { name: 'smartcities-2020.xlsx', bytes: await toXlsx(sheets) };
}

describe.each(['json', 'csv', 'xlsx'] as const)('the %s dataset export read back', (format) => {
  it.each(scenarios)(
    'scores exactly as the edition does, every level, bit for bit (%#)',
    async (scenario) => {
      const loaded = await loadDataset({ units: await exported(format) });
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
      const dataset = loaded.dataset;
      expect(dataset.units).toEqual(edition2020.dataset.units);
      expect(dataset.framework).toEqual(edition2020.dataset.framework);
      expect(dataset.values).toEqual(edition2020.dataset.values);
      const ours = score(dataset, scenario);
      const edition = score(edition2020.dataset, scenario);
      for (const [id, column] of Object.entries(edition.scores))
        expect(Array.from(ours.scores[id]!), id).toEqual(Array.from(column));
      const strip = (rows: ReturnType<typeof levelRows>) => rows.map(({ name: _name, ...row }) => row);
      expect(strip(levelRows(ours, dataset))).toEqual(strip(levelRows(edition, edition2020.dataset)));
      expect(ours.tiers).toEqual(edition.tiers);
    },
  );
});

describe('what the export carries besides the dataset', () => {
  it.each(['json', 'csv', 'xlsx'] as const)(
    'the %s export: every column gets a role, computed ones are left out, none is scored beyond the 21 indicators',
    async (format) => {
      const loaded = await loadDataset({ units: await exported(format) });
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
      const role = (column: string) => loaded.columns.find((c) => c.column === column)?.role;
      expect(loaded.columns.filter((c) => c.role === 'indicator')).toHaveLength(21);
      expect([role('region'), role('lat'), role('country'), role('nameZh')]).toEqual([
        'group',
        'coordinate',
        'code',
        'meta',
      ]);
      if (format !== 'json')
        expect([role('score'), role('economy'), role('papers')]).toEqual(['result', 'result', 'result']);
    },
  );
});

describe('a ranking download (rankings.csv, .json, .xlsx; the CLI score output)', () => {
  const rows = rankingRows(score(edition2020.dataset), edition2020.dataset).map(flatRankingRow);
  it.each([
    ['ranking.csv', { text: toCsv(rows) }],
    [
      'ranking.json',
      {
        text: JSON.stringify({
          provenance: {},
          rows: rankingRows(score(edition2020.dataset), edition2020.dataset),
        }),
      },
    ],
  ] as const)('%s is refused as not a dataset, saying what does upload', async (name, content) => {
    const loaded = await loadDataset({ units: { name, ...content } });
    expect(loaded.ok ? [] : loaded.problems.map((p) => [p.code, p.file])).toEqual([['not-a-dataset', name]]);
  });

  it('ranking.xlsx (with its source sheet) is refused the same way', async () => {
    const bytes = await toXlsx([
      { name: 'ranking', rows },
      { name: 'source', rows: [{ field: 'source', value: 'x' }] },
    ]);
    const loaded = await loadDataset({ units: { name: 'ranking.xlsx', bytes } });
    expect(loaded.ok ? [] : loaded.problems.map((p) => [p.code, p.sheet])).toEqual([
      ['not-a-dataset', 'ranking'],
    ]);
  });
});
