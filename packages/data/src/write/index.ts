export { csvField, toCsv } from './csv.ts';
export { toXlsx, type WorkbookSheet } from './xlsx.ts';
