import type { VerifiedCell } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { replicationGroups } from './replication-groups';

const cell = (table: string, status: VerifiedCell['status']): VerifiedCell => ({
  table,
  row: 1,
  column: 'score',
  printed: 1,
  computed: 1,
  difference: 0,
  status,
});

describe('replicationGroups()', () => {
  it('groups cells by table in first-seen order and counts each status', () => {
    const groups = replicationGroups([
      cell('overall', 'pass'),
      cell('2-1', 'pass'),
      cell('overall', 'explained'),
      cell('overall', 'fail'),
    ]);
    expect(groups.map((g) => [g.table, g.cells.length, g.passed, g.explained, g.failed])).toEqual([
      ['overall', 3, 1, 1, 1],
      ['2-1', 1, 1, 0, 0],
    ]);
  });
});
