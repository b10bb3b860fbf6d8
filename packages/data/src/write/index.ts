export { csvField, neutraliseFormula, toCsv } from './csv.ts';
export { flattenRecord, type FlatRecord } from './flatten-record.ts';
export { frameworkSheet, layoutSheets } from './layout-sheets.ts';
export { toXlsx, type WorkbookSheet } from './xlsx.ts';
