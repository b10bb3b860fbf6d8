import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from './read-csv.ts';

describe('detectDelimiter', () => {
  it.each([
    ['id,name,a\n1,2,3', ','],
    ['id;name;a\n1;2,5;3', ';'],
    ['"a;b",c\n', ','],
    ['"x,y";z;w\n', ';'],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsv', () => {
  it('reads quoted fields with delimiters, quotes and line breaks', () => {
    const { table, problems } = readCsv('u.csv', 'id,name,note\na,"Ann, ""A""","two\nlines"\nb,Bob,x\n');
    expect(problems).toEqual([]);
    expect(table.headers).toEqual(['id', 'name', 'note']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      { id: 'a', name: 'Ann, "A"', note: 'two\nlines' },
      { id: 'b', name: 'Bob', note: 'x' },
    ]);
  });

  it('numbers rows from the header (row 1), skipping blank lines but counting them', () => {
    const { table } = readCsv('u.csv', '\nid,v\n\na,1\n \nb,2\n');
    expect(table.headerRow).toBe(2);
    expect(table.rows.map((row) => [row.row, row.cells.id])).toEqual([
      [4, 'a'],
      [6, 'b'],
    ]);
  });

  it('marks semicolon files as using decimal commas', () => {
    expect(readCsv('u.csv', 'id;v\na;1,5\n').table.decimalComma).toBe(true);
    expect(readCsv('u.csv', 'id,v\na,1.5\n').table.decimalComma).toBe(false);
  });

  it('reports rows with too many or too few cells, and repeated headers', () => {
    const { problems } = readCsv('u.csv', 'id,v,v\na,1,2,3\nb,1\nc,1,2\n');
    expect(problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: 'duplicate-column', row: 1, column: 'v' },
      { code: 'ragged-row', row: 2, column: null },
      { code: 'ragged-row', row: 3, column: null },
    ]);
  });

  it('names a column without header by its letter', () => {
    expect(readCsv('u.csv', 'id,,v\na,1,2\n').table.headers).toEqual(['id', 'B', 'v']);
  });
});
