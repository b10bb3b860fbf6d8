import { problem, type Problem } from './problem.ts';
import { placeOf, type Table } from './table.ts';

/** Flags header names that occur more than once (the later columns would hide the earlier). */
export function duplicateHeaderProblems(table: Table): Problem[] {
  return table.headers.flatMap((header, index) =>
    table.headers.indexOf(header) === index
      ? []
      : [problem('duplicate-column', `column "${header}" appears more than once`, placeOf(table, header))],
  );
}

/** Flags required columns the table lacks. */
export function missingColumnProblems(table: Table, required: readonly string[]): Problem[] {
  return required.flatMap((column) =>
    table.headers.includes(column)
      ? []
      : [problem('missing-column', `required column "${column}" is missing`, placeOf(table, column))],
  );
}
