import { readFileSync } from 'node:fs';

/** The seed report: the repo is cloned at some folder X and `shared/` sits at X/../shared. */
const reportUrl = new URL('../../../../shared/seed/global-smart-cities-2020.txt', import.meta.url);

/** The report's lines; `lines[n - 1]` is line n. */
export const reportLines: readonly string[] = readFileSync(reportUrl, 'utf8').split('\n');

/** The whole report text. */
export const reportText: string = reportLines.join('\n');

/** One printed table: its header cells and body rows, each with the 1-based source line. */
export interface PrintedTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const clean = (cell: string): string => cell.replace(/<\/?b>/g, '').trim();

/**
 * Reads the tab-separated table whose header line starts with `headerStart`: the header, then every
 * following tab-separated line up to the first line without a tab (blank lines before the body are skipped).
 */
export function printedTable(headerStart: string): PrintedTable {
  const headerIndex = reportLines.findIndex((line) => line.startsWith(headerStart));
  if (headerIndex < 0) throw new Error(`no table starting with "${headerStart}"`);
  const rows: PrintedTable['rows'] = [];
  for (let index = headerIndex + 1; index < reportLines.length; index++) {
    const line = reportLines[index] ?? '';
    if (!line.includes('\t')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push({ line: index + 1, cells: line.split('\t').map(clean) });
  }
  return { header: (reportLines[headerIndex] ?? '').split('\t').map(clean), rows };
}

/** The printed tables by their ids, located by their header lines. */
export const reportTables = {
  overall: () => printedTable('Level\tCity'),
  '2-1': () => printedTable('CITY\tMobile Phone'),
  '2-2': () => printedTable('CITY\tInteractive Design'),
  '2-3': () => printedTable('CITY\tOnline healthcare'),
  '2-4': () => printedTable('CITY\tData Openness'),
  '2-5': () => printedTable('CITY\tStrength of Colleges'),
  '2-6': () => printedTable('city\tNumber of literature'),
} as const;
