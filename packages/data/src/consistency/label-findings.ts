import type { TableId } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';

/**
 * Checks one printed city label against the canonical English name: a known variant is a
 * `spelling` finding, a label that names no city an `unknown-label` finding.
 */
export function labelFindings(
  context: Context,
  table: TableId,
  row: number,
  column: string,
  label: string,
): Finding[] {
  const city = context.resolve(label);
  const cell = { table, row, column, printed: label };
  if (city === undefined) {
    return [
      finding({
        ...cell,
        kind: 'unknown-label',
        correct: '',
        message: `"${label}" names none of the cities`,
      }),
    ];
  }
  const name = context.nameOf(city);
  if (label === name) return [];
  return [
    finding({ ...cell, kind: 'spelling', correct: name, city, message: `"${label}" is printed for ${name}` }),
  ];
}
