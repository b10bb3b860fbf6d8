import { problem, type Problem } from './problem.ts';
import { placeOf, type Table, type TableRow } from './table.ts';

const byTime = (a: string, b: string): number => {
  const [x, y] = [Number(a), Number(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y;
};

/**
 * Picks the rows of one time point from COINr's iData: the requested `time`, or, when the `Time`
 * column holds several, the latest (with a warning). Without a `Time` column every row is used.
 */
export function selectTime(
  table: Table,
  time?: string,
): { rows: TableRow[]; problems: Problem[]; warnings: Problem[] } {
  if (!table.headers.includes('Time')) return { rows: table.rows, problems: [], warnings: [] };
  const times = [...new Set(table.rows.map((row) => row.cells.Time ?? ''))].sort(byTime);
  const chosen = time ?? times.at(-1) ?? '';
  const rows = table.rows.filter((row) => (row.cells.Time ?? '') === chosen);
  if (time !== undefined && rows.length === 0) {
    return {
      rows,
      problems: [
        problem(
          'unknown-time',
          `no rows for time "${time}"; iData has ${times.join(', ')}`,
          placeOf(table, 'Time'),
        ),
      ],
      warnings: [],
    };
  }
  if (time !== undefined || times.length <= 1) return { rows, problems: [], warnings: [] };
  const message = `iData has ${times.length} time points (${times.join(', ')}); using the latest, ${chosen} (choose another with time)`;
  return { rows, problems: [], warnings: [problem('time-selected', message, placeOf(table, 'Time'))] };
}
