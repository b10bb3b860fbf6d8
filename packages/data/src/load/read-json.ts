import { jsonTable, mergeValues } from './json-table.ts';
import { problem, type Problem } from './problem.ts';
import type { Table } from './table.ts';

/** The tables of a JSON document, by member name (`units`, `framework`, `iData`, `iMeta`). */
export type JsonTables = Partial<
  Record<
    'units' | 'framework' | 'iData' | 'iMeta' | 'results' | 'indicators' | 'pillars' | 'rows' | '',
    Table
  >
>;

function syntaxProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const row = Number.isNaN(position) ? null : text.slice(0, position).split('\n').length;
  return problem('parse-error', `not valid JSON: ${message}`, { file, row, column: null });
}

function parse(file: string, text: string): { document?: unknown; problems: Problem[] } {
  try {
    return { document: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    return { problems: [syntaxProblem(file, text, error)] };
  }
}

/**
 * Reads a JSON dataset: `{units: [...], framework?: [...], values?: {unit: {indicator: value}}}`,
 * COINr's `{iData: [...], iMeta: [...]}`, or a bare array of rows (returned under the key ''). Our
 * export document gives its tables (`results`, `indicators`, `pillars`, `framework`); a document
 * with none of these but a `rows` array (a ranking) gives that, for the loader to recognise. Other
 * members (`source`, `published`, `errata`, `provenance`) are never read.
 */
export function readJson(file: string, text: string): { tables: JsonTables; problems: Problem[] } {
  const { document, problems } = parse(file, text);
  if (problems.length > 0) return { tables: {}, problems };
  if (Array.isArray(document)) {
    const read = jsonTable(file, '', document);
    return { tables: { '': read.table }, problems: read.problems };
  }
  const members = document as Record<string, unknown>;
  if (typeof members !== 'object' || members === null) {
    return {
      tables: {},
      problems: [
        problem(
          'parse-error',
          'expected an object with "units" (or "iData" and "iMeta") or an array of rows',
          { file, row: null, column: null },
        ),
      ],
    };
  }
  const tables: JsonTables = {};
  const found: Problem[] = [];
  for (const key of ['units', 'framework', 'iData', 'iMeta'] as const) {
    if (!(key in members)) continue;
    const read = jsonTable(file, key, members[key]);
    tables[key] = read.table;
    found.push(...read.problems);
  }
  if (tables.units && 'values' in members) found.push(...mergeValues(tables.units, members.values));
  if (!tables.units && ['cities', 'values', 'indicators', 'pillars'].every((key) => key in members))
    found.push(...exportDocumentTables(file, members, tables));
  if (Object.keys(tables).length === 0 && Array.isArray(members.rows))
    tables.rows = jsonTable(file, 'rows', members.rows).table;
  return { tables, problems: found };
}

/** Our export document (`cities`, `values`, `indicators`, `pillars`) as the export's tables. */
function exportDocumentTables(file: string, members: Record<string, unknown>, tables: JsonTables): Problem[] {
  const results = jsonTable(file, 'cities', members.cities);
  const indicators = jsonTable(file, 'indicators', members.indicators);
  const pillars = jsonTable(file, 'pillars', members.pillars);
  Object.assign(tables, { results: results.table, indicators: indicators.table, pillars: pillars.table });
  return [
    ...results.problems,
    ...indicators.problems,
    ...pillars.problems,
    ...mergeValues(results.table, members.values),
  ];
}
