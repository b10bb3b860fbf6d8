import { describe, expect, it } from 'vitest';
import { papers } from '../papers.ts';
import { published } from '../published.ts';
import { values } from '../values.ts';
import { indicatorTables } from './indicator-tables.ts';

const rows = published.pillars.flatMap((table) => table.rows.map((row) => ({ table, row })));

describe('the second transcription of tables 2-1 to 2-5 and of the paper counts', () => {
  it('holds 420 printed inputs, a value for every indicator column of every row', () => {
    expect(rows.reduce((n, { row }) => n + (row.indicators?.length ?? 0), 0)).toBe(420);
    for (const { table, row } of rows) expect(row.indicators).toHaveLength(table.columns!.length);
  });

  it('is a separate set of arrays, not the inputs reused', () => {
    for (const { table, row } of rows) {
      const inputs = values[row.city as keyof typeof values] as Record<string, number>;
      expect(row.indicators).not.toBe(inputs);
      expect(row.indicators).not.toBe(indicatorTables[table.table as '2-1'][row.row - 1]);
    }
    expect(published.reputation.rows).not.toBe(papers);
  });

  it('agrees with the inputs cell by cell (the two transcriptions match)', () => {
    const differing = rows.flatMap(({ table, row }) =>
      table.columns!.filter(
        (id, i) => row.indicators![i] !== (values as Record<string, Record<string, number>>)[row.city]![id],
      ),
    );
    expect(differing).toEqual([]);
    expect(published.reputation.rows.map((r) => [r.city, r.papers])).toEqual(
      published.reputation.rows.map((r) => [r.city, papers[r.city as keyof typeof papers]]),
    );
  });
});
