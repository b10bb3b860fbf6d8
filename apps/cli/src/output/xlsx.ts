import { toXlsx } from '@smartcities/data/write';
import { tableRecords, type AnyTable } from './view.ts';

/** Tables as an XLSX workbook (data's writer, exceljs loaded on first use), one sheet per table named by its title. */
export function tablesXlsx(tables: readonly AnyTable[]): Promise<Uint8Array> {
  return toXlsx(tables.map((t, k) => ({ name: t.title ?? `Sheet${k + 1}`, ...toSheet(t) })));
}

function toSheet(t: AnyTable) {
  const { keys, records } = tableRecords(t);
  return { rows: records, columns: keys };
}
