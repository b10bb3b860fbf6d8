import type { RankingRow } from '@smartcities/core/engine';
import type { Erratum } from '@smartcities/data/schema';
import type { ExportTables } from '../export-tables.ts';
import { table, type AnyTable, type Column, type Table, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';

type CityRow = ExportTables['cities'][number] & { result?: RankingRow | undefined; papers: number | null };

/** One row per city: identity, every indicator value, every pillar score, the index, rank, tier and papers. */
function resultsTable(data: ExportTables): Table<CityRow> {
  const byCity = new Map(data.results.rows.map((r) => [r.city, r]));
  const rows = data.cities.map((c): CityRow => ({ ...c, result: byCity.get(c.id), papers: data.published.papers[c.id] ?? null }));
  const pillars = data.pillars.filter((p) => p.inTotal);
  const columns: Column<CityRow>[] = [
    ...(['id', 'name', 'nameZh', 'country', 'region', 'lat', 'lon'] as const).map((key) => ({ key, header: key })),
    ...data.indicators.map((i): Column<CityRow> => ({ key: i.id, header: i.id, value: (r) => data.values[r.id as keyof typeof data.values]?.[i.id] ?? null })),
    ...pillars.map((p): Column<CityRow> => ({ key: p.id, header: p.id, value: (r) => r.result?.pillars[p.id]?.score ?? null })),
    { key: 'score', header: 'score', value: (r) => r.result?.score ?? null },
    { key: 'rank', header: 'rank', value: (r) => r.result?.rank ?? null },
    { key: 'tier', header: 'tier', value: (r) => r.result?.tier ?? null },
    { key: 'papers', header: 'papers' },
  ];
  return table({ title: 'Results', columns, rows });
}

const plainTable = <R extends object>(title: string, rows: readonly R[], keys: readonly (keyof R & string)[]): Table<R> =>
  table({ title, columns: keys.map((key) => ({ key, header: key })), rows: [...rows] });

/** The export as sheets: results (also the CSV), indicators, pillars, reputation and errata. */
export function exportSheets(data: ExportTables): AnyTable[] {
  const sheets = [
    resultsTable(data),
    plainTable('Indicators', data.indicators, ['id', 'name', 'pillar', 'weight', 'direction', 'source', 'measures']),
    plainTable('Pillars', data.pillars, ['id', 'name', 'nameZh', 'weight', 'inTotal', 'description']),
    plainTable('Reputation', data.results.reputation.rows, ['city', 'papers', 'reputationRank', 'smartRank', 'difference']),
    plainTable<Erratum>('Errata', data.errata, ['id', 'kind', 'table', 'row', 'column', 'printed', 'correct', 'city', 'evidence']),
  ];
  return sheets;
}

/** The export as a view: the whole object as JSON, the results table as CSV. */
export function exportView(data: ExportTables): View {
  const [results] = exportSheets(data);
  return { json: data, blocks: [results!, provenanceLine(data.results.provenance)] };
}
