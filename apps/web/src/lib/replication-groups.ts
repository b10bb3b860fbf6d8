import type { VerifiedCell } from '@smartcities/core';

/** The replicated cells of one printed table (or of the prose), with their status counts. */
export interface ReplicationGroup {
  table: string;
  cells: VerifiedCell[];
  passed: number;
  explained: number;
  failed: number;
}

/** Groups verified cells by table, in the order the tables first appear, counting each status. */
export function replicationGroups(cells: readonly VerifiedCell[]): ReplicationGroup[] {
  const groups = new Map<string, ReplicationGroup>();
  for (const cell of cells) {
    let group = groups.get(cell.table);
    if (!group)
      groups.set(cell.table, (group = { table: cell.table, cells: [], passed: 0, explained: 0, failed: 0 }));
    group.cells.push(cell);
    if (cell.status === 'pass') group.passed += 1;
    else if (cell.status === 'explained') group.explained += 1;
    else group.failed += 1;
  }
  return [...groups.values()];
}
