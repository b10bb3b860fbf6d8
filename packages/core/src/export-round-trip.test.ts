import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { loadDataset, type LoadSource } from '@smartcities/data/load';
import { toCsv, toXlsx } from '@smartcities/data/write';
import { exportDocument, exportSheets } from './export.ts';
import { levelRows } from './level-rows.ts';
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
      expect(dataset.units.map((u) => u.id)).toEqual(edition2020.dataset.units.map((u) => u.id));
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
