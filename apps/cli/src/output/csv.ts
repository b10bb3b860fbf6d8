import { toCsv } from '@smartcities/data/write';
import { CLIError } from '../cli-error.ts';
import { tableRecords, type AnyTable, type View } from './view.ts';

/** A table as CSV (data's writer): a header of column keys, then the unrounded values. */
export function tableCsv(t: AnyTable): string {
  const { keys, records } = tableRecords(t);
  return toCsv(records, keys);
}

/** The CSV format of a view: its `csv` table, or else its first table. */
export function renderCsv(view: View): string {
  const first = view.csv ?? view.blocks.find((b): b is AnyTable => typeof b !== 'string');
  if (!first) throw new CLIError('--format csv: this command has no table to write; use --format json', 2);
  return tableCsv(first);
}
