import { frameworkNodes } from '../editions/2020/framework.ts';
import { frameworkSheet } from '../write/layout-sheets.ts';
import { namedTable, type SourceTables } from './read-source.ts';
import type { Table, TableRow } from './table.ts';

/** Units and framework tables recovered from one of our own exports, and its computed columns. */
export interface ExportedTables {
  units: Table;
  framework: Table;
  /** Columns the export computed (score, rank, tier, paper counts): left out when read back. */
  computed: ReadonlySet<string>;
}

const FRAMEWORK_HEADERS = ['id', 'name', 'type', 'parent', 'weight', 'direction', 'source'];
const RESULT_COLUMNS = ['score', 'rank', 'tier'];
const computed: ReadonlySet<string> = new Set([...RESULT_COLUMNS, 'papers']);

/**
 * Recognises the dataset export (`smartcities export`, the explorer's /data downloads) so that it
 * is read back as it comes out: the XLSX workbook or JSON document (sheets or members `results` or
 * `cities` with `values`, `indicators` and `pillars`) gives the units, and its `framework` sheet or
 * member the framework (older exports without one: built from `indicators` and `pillars`); the CSV
 * (the results sheet alone) is read with the 2020 edition's framework when its indicator columns
 * are that edition's. Computed columns (pillar scores, score, rank, tier, papers) are left out; the
 * city columns (region, country, lat, lon, nameZh) are kept by their roles. Other sheets or members
 * (the `source` record, reputation, errata, published figures) are not read: only the named ones are.
 * Anything else is not an export: undefined.
 */
export function exportedTables(read: SourceTables): ExportedTables | undefined {
  const results = namedTable(read, 'results');
  const indicators = namedTable(read, 'indicators');
  const pillars = namedTable(read, 'pillars');
  if (results && indicators && pillars) {
    const framework = namedTable(read, 'framework') ?? frameworkTable(indicators, pillars);
    return { units: results, framework, computed };
  }
  const only = read.tables[''];
  if (only && isEditionResults(only)) {
    const framework = editionFramework(only.file);
    return { units: only, framework, computed };
  }
  return undefined;
}

function isEditionResults(table: Table): boolean {
  const ids = frameworkNodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  return ['id', 'name', ...RESULT_COLUMNS, ...ids].every((column) => table.headers.includes(column));
}

function frameworkTable(indicators: Table, pillars: Table): Table {
  const inTotal = (row: TableRow) => !/^(false|0|no)$/i.test(row.cells.inTotal ?? 'true');
  const rows: TableRow[] = [
    {
      row: 0,
      cells: {
        id: 'index',
        name: 'Index',
        type: 'aggregate',
        parent: '',
        weight: '1',
        direction: '1',
        source: '',
      },
    },
    ...pillars.rows.filter(inTotal).map((row) => ({
      row: row.row,
      cells: {
        id: row.cells.id ?? '',
        name: row.cells.name ?? '',
        type: 'aggregate',
        parent: 'index',
        weight: row.cells.weight ?? '1',
        direction: '1',
        source: '',
      },
    })),
    ...indicators.rows.map((row) => ({
      row: row.row,
      cells: {
        id: row.cells.id ?? '',
        name: row.cells.name ?? '',
        type: 'indicator',
        parent: row.cells.pillar ?? '',
        weight: row.cells.weight ?? '1',
        direction: row.cells.direction ?? '1',
        source: row.cells.source ?? '',
      },
    })),
  ];
  return { ...indicators, headers: FRAMEWORK_HEADERS, rows };
}

function editionFramework(file: string): Table {
  const sheet = frameworkSheet(frameworkNodes);
  const columns = sheet.columns ?? [];
  const rows = sheet.rows.map((row, i) => ({
    row: i + 1,
    cells: Object.fromEntries(columns.map((column) => [column, textOf(row[column])])),
  }));
  return {
    file: `${file} (the 2020 edition's framework)`,
    headers: [...columns],
    rows,
    headerRow: null,
    decimalComma: false,
  };
}

const textOf = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value as string | number);
