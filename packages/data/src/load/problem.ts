import { z } from 'zod';

/** What went wrong (or, for warnings, what was assumed) while loading a user's dataset. */
export const problemCodeSchema = z.enum([
  'bad-source',
  'unsupported-format',
  'not-a-dataset',
  'parse-error',
  'missing-sheet',
  'missing-table',
  'empty-table',
  'missing-column',
  'duplicate-column',
  'ragged-row',
  'missing-value',
  'ambiguous-column',
  'not-a-number',
  'duplicate-id',
  'unknown-indicator',
  'unknown-unit',
  'unknown-parent',
  'indicator-parent',
  'non-positive-weight',
  'bad-direction',
  'bad-type',
  'bad-level',
  'cycle',
  'orphan',
  'no-root',
  'multiple-roots',
  'childless-aggregate',
  'unknown-time',
  'invalid-dataset',
  'default-framework',
  'time-selected',
]);

/**
 * One problem with a user's file, with its place: the file (and sheet), the 1-based row (the header
 * is row 1; for JSON the 1-based position in its array), the column header (or letter), and for
 * JSON the field path. `row`/`column` are null when the problem concerns a whole file or table.
 */
export const problemSchema = z.object({
  code: problemCodeSchema,
  message: z.string().min(1),
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  field: z.string().optional(),
});

export type ProblemCode = z.infer<typeof problemCodeSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** Where a problem is: file, optional sheet, row, column and JSON field. */
export type Place = Omit<Problem, 'code' | 'message'>;

/** Builds a problem at a place. */
export function problem(code: ProblemCode, message: string, place: Place): Problem {
  return { code, message, ...place };
}

/**
 * One line for a person: `file [sheet], row R, column "C", field F: message` (absent parts left out).
 * @example describeProblem(problem) // 'units.csv, row 4, column "gdp": "n/a" is not a number'
 */
export function describeProblem({ file, sheet, row, column, field, message }: Problem): string {
  const where = [
    file + (sheet ? ` [${sheet}]` : ''),
    row === null ? '' : `row ${row}`,
    column === null ? '' : `column "${column}"`,
    field ? `field ${field}` : '',
  ];
  return `${where.filter(Boolean).join(', ')}: ${message}`;
}
