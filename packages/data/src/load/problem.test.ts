import { describe, expect, it } from 'vitest';
import { describeProblem, problem, problemSchema } from './problem.ts';

describe('describeProblem', () => {
  it('names the file, row and column before the message', () => {
    const found = problem('not-a-number', '"n/a" is not a number', {
      file: 'units.csv',
      row: 4,
      column: 'gdp',
    });
    expect(describeProblem(found)).toBe('units.csv, row 4, column "gdp": "n/a" is not a number');
  });

  it('adds the sheet and the JSON field, and leaves out what is unknown', () => {
    expect(
      describeProblem(
        problem('empty-table', 'no rows', { file: 'book.xlsx', sheet: 'units', row: null, column: null }),
      ),
    ).toBe('book.xlsx [units]: no rows');
    expect(
      describeProblem(
        problem('unknown-unit', 'no such unit', {
          file: 'd.json',
          row: null,
          column: null,
          field: '/values/z',
        }),
      ),
    ).toBe('d.json, field /values/z: no such unit');
  });

  it('builds problems that satisfy the schema', () => {
    expect(
      problemSchema.safeParse(problem('cycle', 'loop', { file: 'f.csv', row: 2, column: 'parent' })).success,
    ).toBe(true);
  });
});
