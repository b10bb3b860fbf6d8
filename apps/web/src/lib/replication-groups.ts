import { countStatuses, type StatusCounts, type VerifiedCell } from '@smartcities/core';

/** The checked cells of one printed table (or of the prose), with their status counts. */
export interface ReplicationGroup extends StatusCounts {
  table: string;
  rows: VerifiedCell[];
}

/** Groups verified cells by table, in the order the tables first appear, counting each status (core's rule). */
export function replicationGroups(cells: readonly VerifiedCell[]): ReplicationGroup[] {
  const byTable = new Map<string, VerifiedCell[]>();
  for (const cell of cells) {
    const rows = byTable.get(cell.table) ?? [];
    if (rows.length === 0) byTable.set(cell.table, rows);
    rows.push(cell);
  }
  return [...byTable].map(([table, rows]) => ({ table, rows, ...countStatuses(rows) }));
}
