import type { Problem } from '@smartcities/data/load';

/**
 * A load problem as `file:row:column: message` (the sheet in brackets after the file, the JSON
 * field after the column), leaving out what the problem has no place for.
 * @example problemLine({ file: 'units.csv', row: 4, column: 'gdp', message: '"n/a" is not a number', … }) // 'units.csv:4:gdp: "n/a" is not a number'
 */
export function problemLine({ file, sheet, row, column, field, message }: Problem): string {
  const place = [
    `${file}${sheet ? `[${sheet}]` : ''}`,
    row === null ? (column === null ? null : '') : String(row),
    column,
    field ?? null,
  ];
  return `${place.filter((part) => part !== null).join(':')}: ${message}`;
}
