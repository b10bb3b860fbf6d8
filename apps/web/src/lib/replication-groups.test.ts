import type { VerifiedCell } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { replicationGroups } from './replication-groups';

const cell = (table: string, status: VerifiedCell['status']): VerifiedCell => ({
  table,
  row: 1,
  column: 'score',
  published: 1,
  computed: 1,
  bound: 0.05,
  status,
});

describe('replicationGroups()', () => {
  it('groups cells by table in first-seen order and counts each status', () => {
    const groups = replicationGroups([
      cell('overall', 'exact'),
      cell('2-1', 'exact'),
      cell('overall', 'rounding'),
      cell('overall', 'erratum'),
      cell('overall', 'failed'),
    ]);
    expect(groups.map((g) => [g.table, g.cells, g.exact, g.rounding, g.erratum, g.failed])).toEqual([
      ['overall', 4, 1, 1, 1, 1],
      ['2-1', 1, 1, 0, 0, 0],
    ]);
  });
});
